import type { NewInsight } from "@shared/api/insights";
import type { SourceMeta } from "@shared/api/sources";
import type { InsightSummary } from "@shared/schemas/entities";
import type { InsightId } from "@shared/ids";
import { BATCH_WRITE_TIMEOUT_MS, type Database, type ManagedTransaction, type WriteOptions } from "../db";
import type { InsightEmbeddings } from "../embeddings";
import { type Enrichment, createEnrichment } from "../enrichment";
import { STAGES } from "../enrichment/stages";
import { CO_OCCURRENCE } from "../enrichment/steps/coOccurrence";
import { EMBED } from "../enrichment/steps/embed";
import { NoInsightsError, whyNoInsights } from "../extract/noInsights";
import type { Extractor, QuoteRepairs, Turn } from "../extract/types";
import { foldTypedTopics } from "../topics/foldAliases";
import { type InsightBatch, type SourceRow, findInsightSummaries } from "../repositories/insights";
import { type WrittenBatch, summariesOfCreated, writeInsightBatch } from "../repositories/insightWrites";
import { linkListedInsights } from "../repositories/listedLinks";
import type { StoredDocument } from "./storedDocument";
import { writeSaidBy } from "../speakers/writeSaidBy";
import { sourceIdOf } from "./ids";
import { type Claim, normaliseAll, toBatch } from "./claims";

export interface IngestOptions {
  /** Related insights kept per insight. */
  readonly relatedK: number;
  /** When configured: new insights are embedded, and related lists weigh closeness in meaning. */
  readonly embeddings?: InsightEmbeddings;
  /** The process's enrichment queue; one is made for the call when absent. */
  readonly enrichment?: Enrichment;
  /**
   * Whether the call returns only once its insights are enriched (related lists, topic counts):
   * the default for code that calls in-process. The HTTP routes and the CLI pass false unless
   * asked to wait (`?wait=1`, `--wait`), and answer as soon as the rows are written.
   */
  readonly waitForEnrichment?: boolean;
}

export interface SourceInput extends SourceMeta {
  readonly text: string;
  /** The text already split into turns (subtitles, transcripts), with speakers and times. */
  readonly turns?: readonly Turn[];
  /** What the source keeps of its input, so it can be read again (a re-ingest). */
  readonly stored?: StoredDocument;
}

const MANUAL_EXTRACTOR = "manual";
/** Claims an insight page lists itself, taken as written. */
export const LISTED_EXTRACTOR = "listed@1";

/** Insights someone already extracted: topics given are normalised, missing ones discovered. */
export async function ingestInsights(db: Database, items: readonly NewInsight[], options: IngestOptions): Promise<InsightSummary[]> {
  const claims = items.map((item, position) => ({
    text: item.text,
    quote: item.quote ?? null,
    startSec: null,
    speaker: null,
    position,
    confidence: 1,
    topics: item.topics?.length ? normaliseAll(item.topics) : [],
    source: item.source ? sourceRow({ ...item.source, kind: "note" }) : null,
  }));
  return (await writeAndQueue(db, toBatch(claims, MANUAL_EXTRACTOR), options)).insights;
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
    endSec: insight.endSec ?? null,
    speaker: insight.speaker ?? null,
    source,
  }));
  const batch = toBatch(claims, extractor.name);
  const written = await writeAndQueue(db, { ...batch, sources: [source], documents: documentRows(source, input.stored) }, options);
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
  stored?: StoredDocument,
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
    topics: [],
    source,
  }));
  const batch = { ...toBatch(claims, LISTED_EXTRACTOR), sources: [source], documents: documentRows(source, stored) };
  return { source, ...(await writeAndQueue(db, batch, options, listed.headline !== null)) };
}

/** Writes of topics shared between ingests take turns in this process; a large batch may take a while. */
const INGEST_WRITE: WriteOptions = { timeoutMs: BATCH_WRITE_TIMEOUT_MS, inTurn: true };

/** What an ingest wrote: its insights, and how many of them the graph held already (a re-upload). */
export interface Written {
  readonly insights: InsightSummary[];
  readonly alreadyPresent: number;
}

/**
 * One transaction writes the rows (UNWIND batches) and queues the new insights for enrichment
 * (embedding, topics, near-duplicates, topic counts, related lists, relations, themes:
 * server/enrichment/). A caller that waits gets the insights as enriched, near-duplicates folded
 * into the insight they repeat.
 */
async function writeAndQueue(db: Database, batch: InsightBatch, options: IngestOptions, firstIsHeadline = false): Promise<Written> {
  const ids = [...new Set(batch.insights.map((row) => row.id))];
  const model = options.embeddings?.embedder.model;
  const queue = { first: STAGES[0]!.name, topicsChanged: CO_OCCURRENCE, embedding: model ? { stage: EMBED, model } : null };
  const written = await db.write(
    "ingest",
    async (tx) => {
      const folded = await foldTypedTopics(tx, batch);
      const stored = await writeInsightBatch(tx, folded, queue);
      await writeSaidBy(tx, batch);
      const [headline, ...listed] = ids;
      const sourceId = batch.sources[0]?.id;
      await linkListedInsights(tx, firstIsHeadline && headline && sourceId ? listed.map((id) => ({ headline, listed: id, sourceId })) : []);
      const existing = new Set(ids.filter((id) => !stored.created.has(id)));
      return { existing, insights: options.waitForEnrichment === false ? await summariesOf(tx, ids, folded, stored) : [] };
    },
    INGEST_WRITE,
  );
  const { existing } = written;
  if (options.waitForEnrichment === false) return { insights: written.insights, alreadyPresent: ids.filter((id) => existing.has(id)).length };
  const enrichment = options.enrichment ?? createEnrichment({ db, relatedK: options.relatedK, ...(options.embeddings && { embeddings: options.embeddings }) });
  const folded = await enrichment.waitFor(ids);
  const kept = [...new Set(ids.map((id) => folded.get(id) ?? id))];
  const insights = await db.read("ingested", (tx) => findInsightSummaries(tx, kept));
  // Folded into an insight from before this batch: that one was present already.
  const inBatch = new Set(ids);
  return { insights, alreadyPresent: kept.filter((id) => existing.has(id) || !inBatch.has(id)).length };
}

/** The batch's insights as written, in order: those this write created from its rows, the others read back. */
async function summariesOf(tx: ManagedTransaction, ids: readonly InsightId[], batch: InsightBatch, stored: WrittenBatch): Promise<InsightSummary[]> {
  const created = summariesOfCreated(batch, stored);
  const others = ids.filter((id) => !created.has(id));
  const existing = others.length > 0 ? await findInsightSummaries(tx, others) : [];
  const read = new Map(existing.map((summary) => [summary.id, summary]));
  return ids.flatMap((id) => created.get(id) ?? read.get(id) ?? []);
}

const documentRows = (source: SourceRow, stored: StoredDocument | undefined) => (stored ? [{ sourceId: source.id, ...stored }] : []);

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
