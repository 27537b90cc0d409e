import { z } from "zod";
import { TopicSlug } from "../ids";
import { limits } from "../limits";
import { Graph } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";

/** A community (theme) id as a query parameter. */
const communityParam = z.coerce.number().int().nonnegative().max(1_000_000);
/** Pages deeper than this are not a browsing pattern; search instead. */
export const maxOffset = 10_000;
export const offsetParam = z.coerce.number().int().min(0).max(maxOffset).default(0);

/**
 * Topics as nodes (id = slug, with their community), co-occurrence as edges weighted by the
 * Jaccard index of the two topics' insight sets, and the communities shown.
 */
export const GetTopicGraph = defineContract({
  method: "GET",
  path: "/api/graph/topics",
  query: z.object({
    limit: limitParam(limits.graph.default, limits.graph.max),
    /** Leave out co-occurrence edges lighter than this (Jaccard, 0..1). */
    minWeight: z.coerce.number().min(0).max(1).default(0),
    community: communityParam.optional(),
    /** Topics with fewer insights are left off (pinned ones stay) and counted in `smallHidden`. */
    minInsights: z.coerce.number().int().min(1).max(1_000).default(1),
  }),
  response: Graph,
});

/** The insights of one topic or one theme as nodes, their RELATED_TO links as edges (weight = score). */
export const GetInsightGraph = defineContract({
  method: "GET",
  path: "/api/graph/insights",
  query: z
    .object({
      topic: TopicSlug.optional(),
      community: communityParam.optional(),
      limit: limitParam(limits.list.default, limits.list.max),
      offset: offsetParam,
    })
    .refine((q) => (q.topic === undefined) !== (q.community === undefined), "give either topic or community"),
  response: Graph,
});
