import type { NewInsight } from "@shared/api/insights";
import type { SourceMeta } from "@shared/api/sources";
import type { TopicSlug } from "@shared/ids";
import type { InsightSummary } from "@shared/schemas/entities";
import { normaliseTopic, taxonomyTopic } from "@shared/topics/normalise";
import type { Database } from "../db";
import { assignTopics } from "../extract/topics/assignTopics";
import type { ExtractedInsight, Extractor, TopicAssignment } from "../extract/types";
import { findInsightSummaries, writeInsightBatch } from "../repositories/insights";
import { refreshAfterIngest } from "../related/refresh";
import { type InsightBatch, type InsightRow, type SourceRow, type TopicRow, insightIdOf, sourceIdOf } from "./batch";

export interface IngestOptions {
  /** Related insights kept per insight. */
  readonly relatedK: number;
}

export interface SourceInput extends SourceMeta {
  readonly text: string;
}

/** A claim on its way into the graph, from an extractor or from someone who extracted it already. */
type Claim = Pick<ExtractedInsight, "text" | "topics" | "position" | "confidence"> & {
  readonly quote: string | null;
  readonly startSec: number | null;
  readonly source: SourceRow | null;
};

const MANUAL_EXTRACTOR = "manual";

/** Insights someone already extracted: topics given are normalised, missing ones assigned. */
export function ingestInsights(db: Database, items: readonly NewInsight[], options: IngestOptions): Promise<InsightSummary[]> {
  const claims = items.map((item, position) => ({
    text: item.text,
    quote: item.quote ?? null,
    startSec: null,
    position,
    confidence: 1,
    topics: item.topics?.length ? normaliseAll(item.topics) : assignTopics(item.text),
    source: item.source ? sourceRow({ ...item.source, kind: "note" }) : null,
  }));
  return writeAndRefresh(db, toBatch(claims, MANUAL_EXTRACTOR), options);
}

/** Extracts insights from a source's text (outside any transaction) and writes them in one. */
export async function ingestSource(
  db: Database,
  extractor: Extractor,
  input: SourceInput,
  options: IngestOptions,
): Promise<{ source: SourceRow; insights: InsightSummary[] }> {
  const source = sourceRow(input);
  const extracted = await extractor.extract({ title: input.title, text: input.text, kind: source.kind });
  const claims = extracted.map((insight) => ({ ...insight, startSec: insight.startSec ?? null, source }));
  const batch = toBatch(claims, extractor.name);
  return { source, insights: await writeAndRefresh(db, { ...batch, sources: [source] }, options) };
}

function toBatch(claims: readonly Claim[], extractor: string): InsightBatch {
  const sources = new Map<string, SourceRow>();
  const topics = new Map<TopicSlug, TopicRow>();
  const insights: InsightRow[] = [];
  const from: InsightBatch["from"][number][] = [];
  const about: InsightBatch["about"][number][] = [];
  for (const claim of claims) {
    const id = insightIdOf(claim.text);
    insights.push({ id, text: claim.text, quote: claim.quote, startSec: claim.startSec, extractor, confidence: claim.confidence });
    if (claim.source) {
      sources.set(claim.source.id, claim.source);
      from.push({ insightId: id, sourceId: claim.source.id, position: claim.position });
    }
    for (const { slug, name, weight } of claim.topics) {
      topics.set(slug, { slug, name, aliases: taxonomyTopic(slug)?.aliases ?? [] });
      about.push({ insightId: id, slug, weight });
    }
  }
  return { sources: [...sources.values()], insights, topics: [...topics.values()], from, about };
}

/** One transaction: the rows, then what depends on them (topic counts, co-occurrence, related). */
async function writeAndRefresh(db: Database, batch: InsightBatch, options: IngestOptions): Promise<InsightSummary[]> {
  const ids = unique(batch.insights.map((row) => row.id));
  const slugs = batch.topics.map((row) => row.slug);
  return db.write("ingest", async (tx) => {
    await writeInsightBatch(tx, batch);
    await refreshAfterIngest(tx, { insightIds: ids, topicSlugs: slugs }, options.relatedK);
    return findInsightSummaries(tx, ids);
  });
}

/** Topics named by a person: normalised, duplicates ("OSS", "open source") folded, all central. */
function normaliseAll(raw: readonly string[]): TopicAssignment[] {
  const bySlug = new Map<TopicSlug, TopicAssignment>();
  for (const name of raw) {
    const topic = normaliseTopic(name);
    if (!bySlug.has(topic.slug)) bySlug.set(topic.slug, { ...topic, weight: 1 });
  }
  return [...bySlug.values()];
}

function sourceRow(meta: SourceMeta & { text?: string }): SourceRow {
  return {
    id: sourceIdOf(meta),
    kind: meta.kind ?? "article",
    title: meta.title,
    show: meta.show ?? null,
    url: meta.url ?? null,
    publishedAt: meta.publishedAt ?? null,
  };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
