import { z } from "zod";
import { TopicSlug } from "../ids";
import { limits } from "../limits";
import { InsightSummary, TopicSummary } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";
import { offsetParam } from "./graph";

export const ListTopics = defineContract({
  method: "GET",
  path: "/api/topics",
  query: z.object({ limit: limitParam(limits.list.default, limits.list.max) }),
  response: z.object({ topics: z.array(TopicSummary) }),
});

export const GetTopic = defineContract({
  method: "GET",
  path: "/api/topics/:slug",
  params: z.object({ slug: TopicSlug }),
  query: z.object({ limit: limitParam(limits.list.default, limits.list.max), offset: offsetParam }),
  response: z.object({
    /** `community`: the topic's theme (see GET /api/graph/topics), null until computed. */
    topic: TopicSummary.and(z.object({ community: z.number().int().nonnegative().nullable().optional() })),
    insights: z.array(InsightSummary),
    neighbours: z.array(TopicSummary.and(z.object({ weight: z.number() }))),
  }),
});
