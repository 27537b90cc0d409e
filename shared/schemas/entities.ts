import { z } from "zod";
import { InsightId, SourceId, TopicSlug } from "../ids";

export const SourceKind = z.enum(["podcast-episode", "article", "insight-page", "note"]);
export type SourceKind = z.infer<typeof SourceKind>;

export const TopicRef = z.object({ slug: TopicSlug, name: z.string() }).readonly();
export type TopicRef = z.infer<typeof TopicRef>;

export const TopicSummary = z
  .object({ slug: TopicSlug, name: z.string(), insightCount: z.number().int().nonnegative() })
  .readonly();
export type TopicSummary = z.infer<typeof TopicSummary>;

/** An insight as lists show it: the claim and its topics. */
export const InsightSummary = z
  .object({ id: InsightId, text: z.string(), topics: z.array(TopicRef).readonly() })
  .readonly();
export type InsightSummary = z.infer<typeof InsightSummary>;

export const SourceRef = z
  .object({
    id: SourceId,
    title: z.string(),
    url: z.string().nullable(),
    show: z.string().nullable(),
  })
  .readonly();
export type SourceRef = z.infer<typeof SourceRef>;

/** An insight with everything its own page shows. */
export const InsightDetail = z
  .object({
    id: InsightId,
    text: z.string(),
    quote: z.string().nullable(),
    startSec: z.number().nullable(),
    topics: z.array(TopicRef).readonly(),
    source: SourceRef.nullable(),
  })
  .readonly();
export type InsightDetail = z.infer<typeof InsightDetail>;

export const RelatedInsight = z
  .object({
    id: InsightId,
    text: z.string(),
    score: z.number(),
    sharedTopics: z.array(TopicSlug).readonly(),
    reason: z.string(),
  })
  .readonly();
export type RelatedInsight = z.infer<typeof RelatedInsight>;

export const GraphNode = z
  .object({ id: z.string(), label: z.string(), insightCount: z.number().int().nonnegative() })
  .readonly();
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z
  .object({ source: z.string(), target: z.string(), weight: z.number() })
  .readonly();
export type GraphEdge = z.infer<typeof GraphEdge>;

export const Graph = z
  .object({ nodes: z.array(GraphNode).readonly(), edges: z.array(GraphEdge).readonly() })
  .readonly();
export type Graph = z.infer<typeof Graph>;
