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

/** How sure the extractor was that this is a worthwhile claim, 0..1 (1 for claims given by hand). */
export const Confidence = z.number().min(0).max(1);

/** An insight as lists show it: the claim and its topics (and, in ingest answers, its confidence). */
export const InsightSummary = z
  .object({ id: InsightId, text: z.string(), topics: z.array(TopicRef).readonly(), confidence: Confidence.optional() })
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
    /** Where the quote ends in the recording: subtitle sources only, null otherwise. */
    endSec: z.number().nullable(),
    /** Null for insights stored before confidences were kept. */
    confidence: Confidence.nullable(),
    topics: z.array(TopicRef).readonly(),
    source: SourceRef.nullable(),
  })
  .readonly();
export type InsightDetail = z.infer<typeof InsightDetail>;

/** What a related score is made of (`?explain=1`). */
export const RelatedScoreParts = z
  .object({
    /** Cosine of rarity-weighted topic vectors, 0..1. */
    topics: z.number(),
    /** TF-IDF cosine of lemmatised content words, 0..1. */
    text: z.number(),
    /** Neighbouring claims of one source: the score was lowered a little. */
    samePassage: z.boolean(),
    /** Embedding cosine, 0..1; only when embeddings are configured and both insights have one. */
    embedding: z.number().optional(),
  })
  .readonly();
export type RelatedScoreParts = z.infer<typeof RelatedScoreParts>;

/** Typed relations between two related claims (issue 20); "same" is a near-duplicate kept apart. */
export const RelationKind = z.enum(["supports", "contradicts", "extends", "same"]);
export type RelationKind = z.infer<typeof RelationKind>;

export const RelatedInsight = z
  .object({
    id: InsightId,
    text: z.string(),
    score: z.number(),
    sharedTopics: z.array(TopicSlug).readonly(),
    reason: z.string(),
    /** What the related claim does to this one, when the evidence is strong; absent: plainly related. */
    relation: RelationKind.optional(),
    /** The share of pairs so labelled that were right on labelled data, 0..1. */
    relationConfidence: z.number().min(0).max(1).optional(),
    /** Why, in a few words ("judges it the other way: \"harms\" vs \"benefit\""). */
    relationReason: z.string().optional(),
    /** Only with `?explain=1`; null for edges stored before scores had parts. */
    parts: RelatedScoreParts.nullable().optional(),
  })
  .readonly();
export type RelatedInsight = z.infer<typeof RelatedInsight>;

export const GraphNode = z
  .object({
    id: z.string(),
    label: z.string(),
    insightCount: z.number().int().nonnegative(),
    /** `topic` (id = slug) unless said otherwise; an insight node counts itself (insightCount 1). */
    kind: z.enum(["topic", "insight"]).optional(),
    /** The theme a topic belongs to (Louvain community, stable across updates); null until computed. */
    community: z.number().int().nonnegative().nullable().optional(),
  })
  .readonly();
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z
  .object({ source: z.string(), target: z.string(), weight: z.number() })
  .readonly();
export type GraphEdge = z.infer<typeof GraphEdge>;

/** A theme: a community of topics, named after its largest topics. */
export const Community = z
  .object({ id: z.number().int().nonnegative(), label: z.string(), topicCount: z.number().int().nonnegative() })
  .readonly();
export type Community = z.infer<typeof Community>;

export const Graph = z
  .object({
    nodes: z.array(GraphNode).readonly(),
    edges: z.array(GraphEdge).readonly(),
    /** The themes of the nodes shown (topic graph only). */
    communities: z.array(Community).readonly().optional(),
    /**
     * How many nodes the whole graph has, of which `nodes` are one page (topic and insight graphs),
     * so a view can say "showing 150 of 303 topics" instead of cutting silently.
     */
    total: z.number().int().nonnegative().optional(),
    /** Topics left off for too little support (`minInsights`), so the map can say "12 small topics hidden". */
    smallHidden: z.number().int().nonnegative().optional(),
  })
  .readonly();
export type Graph = z.infer<typeof Graph>;
