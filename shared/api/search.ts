import { z } from "zod";
import { InsightId, TopicSlug } from "../ids";
import { TopicRef } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";
import { offsetParam } from "./graph";

/** A matched stretch of a text, as UTF-16 offsets [start, end): the client marks it, as text. */
export const Highlight = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).readonly();
export type Highlight = z.infer<typeof Highlight>;

export const SearchInsightHit = z
  .object({
    id: InsightId,
    text: z.string(),
    score: z.number(),
    topics: z.array(TopicRef).readonly(),
    highlights: z.array(Highlight).readonly(),
  })
  .readonly();

export const SearchTopicHit = z
  .object({
    slug: TopicSlug,
    name: z.string(),
    insightCount: z.number().int().nonnegative(),
    highlights: z.array(Highlight).readonly(),
  })
  .readonly();

export const searchLimits = { query: 200, topics: 10 } as const;

/** Full-text search over insight texts (paginated) and topic names and aliases (the best few). */
export const Search = defineContract({
  method: "GET",
  path: "/api/search",
  query: z.object({
    q: z.string().trim().min(1).max(searchLimits.query),
    limit: limitParam(20, 100),
    offset: offsetParam,
  }),
  response: z.object({
    insights: z.array(SearchInsightHit).readonly(),
    topics: z.array(SearchTopicHit).readonly(),
  }),
});
