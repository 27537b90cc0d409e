import { z } from "zod";
import { InsightId, SourceId } from "../ids";
import { SourceKind } from "../schemas/entities";
import { defineContract, limitParam, waitParam } from "./contract";

/** One ingested source as the Sources page lists it. */
export const SourceListing = z
  .object({
    id: SourceId,
    title: z.string(),
    show: z.string().nullable(),
    kind: SourceKind,
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    ingestedAt: z.string().nullable(),
    insightCount: z.number().int().nonnegative(),
    /** `ingested` with insights, `empty` when nothing in it was a claim, `ingesting` while an ingest writes it. */
    status: z.enum(["ingested", "empty", "ingesting"]),
    /** One of the project's own sample sources (see "Remove the sample"). */
    sample: z.boolean(),
    /** How a re-ingest reads it: fetched again from its URL, from the copy stored at ingest, or not at all (ready-made insights, or ingested before copies were kept). */
    reingest: z.enum(["url", "stored"]).nullable(),
  })
  .readonly();
export type SourceListing = z.infer<typeof SourceListing>;

export const SourceSort = z.enum(["ingested", "published", "title", "insights"]);
export type SourceSort = z.infer<typeof SourceSort>;

export const sourceListLimits = { default: 100, max: 1_000 } as const;

export const ListSources = defineContract({
  method: "GET",
  path: "/api/sources",
  query: z.object({
    /** Words of the title or show. */
    q: z.string().trim().max(200).optional(),
    sort: SourceSort.default("ingested"),
    limit: limitParam(sourceListLimits.default, sourceListLimits.max),
  }),
  response: z.object({
    sources: z.array(SourceListing),
    /** Sources matching `q`, all of them, however many are listed. */
    total: z.number().int().nonnegative(),
    /** Sample sources still in the graph. */
    sampleSources: z.number().int().nonnegative(),
  }),
});

/** What a deletion removed, and what it recomputed. */
export const SourceDeletion = z.object({
  deleted: z.array(SourceId),
  /** Insights no other source supported, deleted with their links. */
  insights: z.number().int().nonnegative(),
  /** Topics left without insights, deleted. */
  topics: z.number().int().nonnegative(),
  /** Insights whose related lists pointed at a deleted one, recomputed. */
  relatedRecomputed: z.number().int().nonnegative(),
});
export type SourceDeletion = z.infer<typeof SourceDeletion>;

export const DeleteSource = defineContract({
  method: "DELETE",
  path: "/api/sources/:id",
  params: z.object({ id: SourceId }),
  response: SourceDeletion,
});

/** What deleting one insight took with it; its sources stay. */
export const InsightDeletion = z.object({
  deleted: InsightId,
  /** Topics left without insights, deleted. */
  topics: z.number().int().nonnegative(),
  /** Insights whose related lists pointed at it, recomputed. */
  relatedRecomputed: z.number().int().nonnegative(),
});
export type InsightDeletion = z.infer<typeof InsightDeletion>;

/** Deletes one insight (a wrong or unwanted claim) with its links; its sources and their other insights stay. */
export const DeleteInsight = defineContract({
  method: "DELETE",
  path: "/api/insights/:id",
  params: z.object({ id: InsightId }),
  response: InsightDeletion,
});

/** Deletes the sample corpus's sources that are still in the graph (none: nothing happens). */
export const RemoveSample = defineContract({
  method: "DELETE",
  path: "/api/sample",
  response: SourceDeletion,
});

/** What reading a source again changed: its claims now, against the ones it held. */
export const SourceReingest = z.object({
  source: z.object({ id: SourceId, title: z.string() }),
  readFrom: z.enum(["url", "stored"]),
  /** Claims read this time: new ones, and those the graph held already. */
  insights: z.number().int().nonnegative(),
  new: z.number().int().nonnegative(),
  alreadyPresent: z.number().int().nonnegative(),
  /** Claims the source held that this reading did not find: taken off it. */
  removed: z.number().int().nonnegative(),
  /** Of those, insights no other source held, deleted. */
  deleted: z.number().int().nonnegative(),
});
export type SourceReingest = z.infer<typeof SourceReingest>;

/**
 * Reads a source again with the current extractor (its URL fetched again, else its stored copy) and
 * writes it through the ingest: 409 while an ingest of it runs, 422 when it cannot be read again.
 */
export const ReingestSource = defineContract({
  method: "POST",
  path: "/api/sources/:id/reingest",
  params: z.object({ id: SourceId }),
  query: z.object({ wait: waitParam }),
  response: SourceReingest,
});
