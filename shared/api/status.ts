import { z } from "zod";
import { InsightId } from "../ids";
import { defineContract } from "./contract";

export const EnrichmentStatus = z.object({
  /** Insights waiting at each step, in the steps' order; parked ones are counted apart. */
  stages: z.array(z.object({ stage: z.string(), waiting: z.number().int(), parked: z.number().int() })),
  /** Insights not enriched yet (parked ones aside). */
  waiting: z.number().int(),
  /** Of those, insights whose related list is not computed yet. */
  waitingForRelated: z.number().int(),
  parked: z.number().int(),
  /** A few parked insights, with why they were given up on. */
  parkedInsights: z.array(z.object({ id: InsightId, stage: z.string(), attempts: z.number().int(), reason: z.string() })),
  /** Insights this server finished per second over the last minute; null when it finished none. */
  insightsPerSec: z.number().nullable(),
  /** Seconds until the waiting insights are done at that rate; null when unknown. */
  etaSeconds: z.number().nullable(),
  /** Whether this server runs a worker (another server sharing the database may run one too). */
  worker: z.boolean(),
});
export type EnrichmentStatus = z.infer<typeof EnrichmentStatus>;

export const GetStatus = defineContract({
  method: "GET",
  path: "/api/status",
  response: z.object({ enrichment: EnrichmentStatus }),
});
