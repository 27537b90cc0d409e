import type { TopicSlug } from "@shared/ids";
import { normaliseTopic } from "@shared/topics/normalise";
import type { ExtractedInsight, TopicAssignment } from "../extract/types";
import type { InsightBatch, InsightRow, SourceRow, TopicRow } from "../repositories/insights";
import { insightIdOf } from "./ids";

/** A claim on its way into the graph, from an extractor or from someone who extracted it already. */
export type Claim = Pick<ExtractedInsight, "text" | "topics" | "position" | "confidence"> & {
  readonly quote: string | null;
  readonly startSec: number | null;
  /** Given only by timed sources (subtitles). */
  readonly endSec?: number | null;
  readonly speaker: string | null;
  readonly source: SourceRow | null;
};

/** The rows one write needs; the same claim twice (same normalised text) is one insight. */
export function toBatch(claims: readonly Claim[], extractor: string): InsightBatch {
  const sources = new Map<string, SourceRow>();
  const topics = new Map<TopicSlug, TopicRow>();
  const insights: InsightRow[] = [];
  const from: InsightBatch["from"][number][] = [];
  const about: InsightBatch["about"][number][] = [];
  for (const claim of claims) {
    const id = insightIdOf(claim.text);
    insights.push({ id, text: claim.text, quote: claim.quote, startSec: claim.startSec, endSec: claim.endSec ?? null, extractor, confidence: claim.confidence });
    if (claim.source) {
      sources.set(claim.source.id, claim.source);
      from.push({ insightId: id, sourceId: claim.source.id, position: claim.position, speaker: claim.speaker, startSec: claim.startSec });
    }
    for (const { slug, name, weight } of claim.topics) {
      // Aliases are the vocabulary's: a typed name is folded onto its topic when written (foldAliases.ts).
      topics.set(slug, { slug, name, aliases: [] });
      about.push({ insightId: id, slug, weight });
    }
  }
  return { sources: [...sources.values()], insights, topics: [...topics.values()], from, about };
}

/** Topics named by a person: normalised, duplicates ("open source", "Open-Source") folded, all central. */
export function normaliseAll(raw: readonly string[]): TopicAssignment[] {
  const bySlug = new Map<TopicSlug, TopicAssignment>();
  for (const name of raw) {
    const topic = normaliseTopic(name);
    if (!bySlug.has(topic.slug)) bySlug.set(topic.slug, { ...topic, weight: 1 });
  }
  return [...bySlug.values()];
}
