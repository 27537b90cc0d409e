import type { NewInsight } from "@shared/api/insights";
import type { SourceMeta } from "@shared/api/sources";
import type { InsightSummary } from "@shared/schemas/entities";
import { BATCH_WRITE_TIMEOUT_MS, type Database, type WriteOptions } from "../db";
import type { InsightEmbeddings } from "../embeddings";
import { NoInsightsError, whyNoInsights } from "../extract/noInsights";
import { assignTopics } from "../extract/topics/assignTopics";
import type { Extractor, QuoteRepairs, Turn } from "../extract/types";
import { storeEmbeddings } from "../repositories/embeddings";
import { type InsightBatch, type SourceRow, findExistingInsightIds, findInsightSummaries, writeInsightBatch } from "../repositories/insights";
import { linkListedInsights } from "../repositories/listedLinks";
import { findTopicsOf } from "../repositories/topicStats";
import { refreshAfterIngest } from "../related/refresh";
import { rankingWeightsFor } from "../related/scoring";
import { labelRelations } from "../relations/labelRelations";
import { writeSaidBy } from "../speakers/writeSaidBy";
import { sourceIdOf } from "./ids";
import { type Claim, normaliseAll, toBatch } from "./claims";
import { mergeNearDuplicates } from "./mergeDuplicates";
import { addedTopicPairs } from "./topicPairs";

export interface IngestOptions {
  /** Related insights kept per insight. */
  readonly relatedK: number;
  /** When configured: new insights are embedded, and related lists weigh closeness in meaning. */
  readonly embeddings?: InsightEmbeddings;
}

export interface SourceInput extends SourceMeta {
  readonly text: string;
  /** The text already split into turns (subtitles, transcripts), with speakers and times. */
  readonly turns?: readonly Turn[];
}

const MANUAL_EXTRACTOR = "manual";
/** Claims an insight page lists itself, taken as written. */
export const LISTED_EXTRACTOR = "listed@1";

/** Insights someone already extracted: topics given are normalised, missing ones assigned. */
export async function ingestInsights(db: Database, items: readonly NewInsight[], options: IngestOptions): Promise<InsightSummary[]> {
  const claims = items.map((item, position) => ({
    text: item.text,
    quote: item.quote ?? null,
    startSec: null,
    speaker: null,
    position,
    confidence: 1,
    topics: item.topics?.length ? normaliseAll(item.topics) : assignTopics(item.text),
    source: item.source ? sourceRow({ ...item.source, kind: "note" }) : null,
  }));
  return (await writeAndRefresh(db, toBatch(claims, MANUAL_EXTRACTOR), options)).insights;
}

/** Extracts insights from a source's text (outside any transaction) and writes them in one. */
export async function ingestSource(
  db: Database,
  extractor: Extractor,
  input: SourceInput,
  options: IngestOptions,
): Promise<Written & { source: SourceRow; quotes?: QuoteRepairs }> {
  const source = sourceRow(input);
  const doc = { title: input.title, text: input.text, kind: source.kind, ...(input.turns && { turns: input.turns }) };
  const extracted = await extractor.extract(doc);
  // Nothing is written for a source without a claim; the caller says why instead of a silent 0.
  if (extracted.length === 0) throw new NoInsightsError(input.title, whyNoInsights(doc, extractor.name.startsWith("heuristic")));
  const claims = extracted.map((insight) => ({
    ...insight,
    startSec: insight.startSec ?? null,
    speaker: insight.speaker ?? null,
    source,
  }));
  const batch = toBatch(claims, extractor.name);
  const written = await writeAndRefresh(db, { ...batch, sources: [source] }, options);
  return { source, ...written, ...(extracted.quotes && { quotes: extracted.quotes }) };
}

/**
 * A page's own list of insights (see formats/insightPage.ts): each claim is kept as written, the
 * headline first, and the headline is linked as related to every listed claim.
 */
export async function ingestListed(
  db: Database,
  meta: SourceMeta,
  listed: { readonly headline: string | null; readonly claims: readonly string[] },
  options: IngestOptions,
): Promise<Written & { source: SourceRow }> {
  const texts = [...(listed.headline ? [listed.headline] : []), ...listed.claims];
  const source = sourceRow({ ...meta, kind: meta.kind ?? "insight-page", text: texts.join("\n") });
  const claims: Claim[] = texts.map((text, position) => ({
    text,
    quote: text,
    startSec: null,
    speaker: null,
    position,
    confidence: 1,
    topics: assignTopics(text),
    source,
  }));
  const batch = { ...toBatch(claims, LISTED_EXTRACTOR), sources: [source] };
  return { source, ...(await writeAndRefresh(db, batch, options, listed.headline !== null)) };
}

/** An ingest locks shared topics and related lists, so ingests take turns, and a large one may take minutes. */
const INGEST_WRITE: WriteOptions = { timeoutMs: BATCH_WRITE_TIMEOUT_MS, inTurn: true };

/**
 * One transaction: near-duplicates folded into the insights they repeat, the rows, then what
 * depends on them (topic counts, co-occurrence, related lists, a page's own links).
 */
/** What an ingest wrote: its insights, and how many of them the graph held already (a re-upload). */
export interface Written {
  readonly insights: InsightSummary[];
  readonly alreadyPresent: number;
}

async function writeAndRefresh(db: Database, batch: InsightBatch, options: IngestOptions, firstIsHeadline = false): Promise<Written> {
  // Before the transaction: a retried transaction must not call the model again. A failure fails the source.
  const embeddings = (await options.embeddings?.embedMissing(db, batch.insights)) ?? [];
  return db.write("ingest", async (tx) => {
    const { batch: merged, ids } = await mergeNearDuplicates(tx, batch);
    const topicsBefore = await findTopicsOf(tx, merged.insights.map((row) => row.id));
    const existing = await findExistingInsightIds(tx, ids);
    await writeInsightBatch(tx, merged);
    await writeSaidBy(tx, merged);
    if (options.embeddings) await storeEmbeddings(tx, embeddings, options.embeddings.embedder.model);
    const touched = { insightIds: ids, topicSlugs: merged.topics.map((row) => row.slug), topicPairs: addedTopicPairs(topicsBefore, merged.about) };
    await refreshAfterIngest(tx, touched, options.relatedK, rankingWeightsFor(options.embeddings?.embedder));
    await labelRelations(tx, ids);
    const [headline, ...listed] = ids;
    const sourceId = merged.sources[0]?.id;
    const pairs = firstIsHeadline && headline && sourceId ? listed.map((id) => ({ headline, listed: id, sourceId })) : [];
    await linkListedInsights(tx, pairs, ids);
    return { insights: await findInsightSummaries(tx, ids), alreadyPresent: new Set(ids.filter((id) => existing.has(id))).size };
  }, INGEST_WRITE);
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
