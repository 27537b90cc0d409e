import { z } from "zod";
import { TopicSlug } from "../ids";
import { limits } from "../limits";
import { InsightSummary, TopicSummary } from "../schemas/entities";
import { EvidenceCounts } from "./speakers";
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
  query: z.object({
    limit: limitParam(limits.list.default, limits.list.max),
    offset: offsetParam,
    /** `fit` (default): most about the topic first; `evidence`: said in most sources, then shows, then by most speakers. */
    sort: z.enum(["fit", "evidence"]).default("fit"),
  }),
  response: z.object({
    /** `community`: the topic's theme (see GET /api/graph/topics), null until computed. */
    topic: TopicSummary.and(z.object({ community: z.number().int().nonnegative().nullable().optional() })),
    insights: z.array(InsightSummary.and(z.object({ evidence: EvidenceCounts }))),
    neighbours: z.array(TopicSummary.and(z.object({ weight: z.number() }))),
  }),
});
