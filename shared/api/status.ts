import { z } from "zod";
import { InsightId, SourceId } from "../ids";
import { commaList, defineContract } from "./contract";

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

/** How far the insights of one source are through the queue: the ingest page's "enriched" step. */
export const SourceEnrichment = z.object({
  id: SourceId,
  insights: z.number().int().nonnegative(),
  /** Of its insights, those not through every step yet (parked ones aside). */
  waiting: z.number().int().nonnegative(),
  parked: z.number().int().nonnegative(),
});
export type SourceEnrichment = z.infer<typeof SourceEnrichment>;

/** Sources one status call may ask about: an upload of 20 files, each a feed of a few items. */
export const statusSourcesMax = 100;

/** Insights one release may name; without names, every parked insight is released. */
export const releaseIdsMax = 1000;

/** Puts parked insights back in the queue (after the cause is fixed), their attempts reset. */
export const ReleaseParked = defineContract({
  method: "POST",
  path: "/api/status/parked/release",
  body: z.object({ ids: z.array(InsightId).min(1).max(releaseIdsMax).optional() }).strict(),
  response: z.object({ released: z.number().int().nonnegative() }),
});

export const GetStatus = defineContract({
  method: "GET",
  path: "/api/status",
  /** `source`: ids whose insights' progress to report as well; unknown ids are left out. */
  query: z.object({ source: commaList(SourceId, statusSourcesMax).optional() }),
  response: z.object({ enrichment: EnrichmentStatus, sources: z.array(SourceEnrichment).optional() }),
});
