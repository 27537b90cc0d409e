import { z } from "zod";
import { TopicSlug } from "../ids";
import { limits } from "../limits";
import { InsightSummary, TopicSummary } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";

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
  query: z.object({ limit: limitParam(limits.list.default, limits.list.max) }),
  response: z.object({
    topic: TopicSummary,
    insights: z.array(InsightSummary),
    neighbours: z.array(TopicSummary.and(z.object({ weight: z.number() }))),
  }),
});
