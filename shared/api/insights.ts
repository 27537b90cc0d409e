import { z } from "zod";
import { InsightId } from "../ids";
import { limits } from "../limits";
import { InsightDetail, InsightSummary, RelatedInsight } from "../schemas/entities";
import { canNameTopic } from "../topics/normalise";
import { defineContract, limitParam, waitParam } from "./contract";
import { RelatedFiltered, RelatedFilterQuery } from "./relatedFilters";
import { SourceMeta } from "./sources";

const text = (max: number) => z.string().trim().min(1).max(max);

/** A claim someone already extracted: topics are normalised, or assigned when absent. */
export const NewInsight = z.object({
  text: text(limits.insightText.max).min(limits.insightText.min),
  topics: z
    .array(text(limits.topicName).refine(canNameTopic, "a topic needs at least one letter or digit"))
    .max(limits.topicsPerInsight)
    .optional(),
  quote: text(limits.quote).optional(),
  source: SourceMeta.pick({ title: true, url: true, show: true, publishedAt: true }).optional(),
});
export type NewInsight = z.infer<typeof NewInsight>;

export const CreateInsights = defineContract({
  method: "POST",
  path: "/api/insights",
  status: 201,
  query: z.object({ wait: waitParam }),
  body: z.object({ insights: z.array(NewInsight).min(1).max(limits.insightsPerRequest) }),
  response: z.object({ insights: z.array(InsightSummary) }),
});

const insightParams = z.object({ id: InsightId });

export const GetInsight = defineContract({
  method: "GET",
  path: "/api/insights/:id",
  params: insightParams,
  response: InsightDetail,
});

export const GetRelated = defineContract({
  method: "GET",
  path: "/api/insights/:id/related",
  params: insightParams,
  query: z.object({
    limit: limitParam(limits.related.default, limits.related.max),
    /** `?explain=1` adds each score's parts. */
    explain: z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true").optional(),
  }).extend(RelatedFilterQuery.shape),
  /** `filtered` is there when a filter is on: what each one hid, in numbers and, if it hid everything, in words. */
  response: z.object({
    related: z.array(RelatedInsight),
    /** True while a new insight's list is still being computed (the enrichment queue): empty for now, not for good. */
    computing: z.boolean().optional(),
    filtered: RelatedFiltered.optional(),
  }),
});
