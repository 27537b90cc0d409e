import { z } from "zod";
import { TopicSlug } from "../ids";
import { InsightSummary, TopicSummary } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";

/** Why two topics are linked on the map: the insights about both. */
export const GetTopicLink = defineContract({
  method: "GET",
  path: "/api/topics/:slug/shared/:other",
  params: z.object({ slug: TopicSlug, other: TopicSlug }),
  query: z.object({ limit: limitParam(20, 200) }),
  response: z.object({
    topics: z.tuple([TopicSummary, TopicSummary]),
    /** Insights about both topics, the most central to both first. */
    insights: z.array(InsightSummary),
    /** How many insights are about both, however many are listed. */
    total: z.number().int().nonnegative(),
  }),
});
