import type { InsightId, SourceId, TopicSlug } from "@shared/ids";
import type { InsightDetail, InsightSummary, SourceKind } from "@shared/schemas/entities";
import type { ManagedTransaction } from "../db";

/** Rows for one idempotent write: everything a source (or an API call) adds to the graph. */
export interface InsightBatch {
  readonly sources: readonly SourceRow[];
  readonly insights: readonly InsightRow[];
  /** Where each insight was found: its place in the source, and who said it when (provenance). */
  readonly from: readonly {
    insightId: InsightId;
    sourceId: SourceId;
    position: number;
    speaker: string | null;
    startSec: number | null;
  }[];
  readonly topics: readonly TopicRow[];
  readonly about: readonly { insightId: InsightId; slug: TopicSlug; weight: number }[];
  /** What each source keeps of its input for a re-ingest (server/ingest/storedDocument.ts). */
  readonly documents?: readonly { sourceId: SourceId; document: string; readFrom: string | null }[];
}

export interface TopicRow {
  readonly slug: TopicSlug;
  readonly name: string;
  /** Other names of a curated topic, searchable through the full-text index. */
  readonly aliases: readonly string[];
}

export interface SourceRow {
  readonly id: SourceId;
  readonly kind: SourceKind;
  readonly title: string;
  readonly show: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
}

export interface InsightRow {
  readonly id: InsightId;
  readonly text: string;
  readonly quote: string | null;
  readonly startSec: number | null;
  readonly endSec: number | null;
  readonly extractor: string;
  readonly confidence: number;
}

const summaryProjection = `{
  id: i.id,
  text: i.text,
  confidence: i.confidence,
  topics: [(i)-[a:ABOUT]->(t:Topic) | {slug: t.slug, name: t.name, weight: a.weight}]
}`;

type TopicWithWeight = { slug: string; name: string; weight: number };

/** Topics of an insight, most central first. */
const byWeight = (topics: readonly TopicWithWeight[]) =>
  [...topics]
    .sort((a, b) => b.weight - a.weight || a.slug.localeCompare(b.slug))
    .map(({ slug, name }) => ({ slug: slug as TopicSlug, name }));

export async function findInsightSummaries(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<InsightSummary[]> {
  const result = await tx.run(
    `UNWIND range(0, size($ids) - 1) AS position
     MATCH (i:Insight {id: $ids[position]})
     RETURN ${summaryProjection} AS insight
     ORDER BY position`,
    { ids },
  );
  return result.records.map((record) => toSummary(record.get("insight")));
}

export function toSummary(row: { id: string; text: string; confidence?: number | null; topics: TopicWithWeight[] }): InsightSummary {
  const confidence = typeof row.confidence === "number" ? row.confidence : undefined;
  return { id: row.id as InsightId, text: row.text, topics: byWeight(row.topics), ...(confidence !== undefined && { confidence }) };
}

export async function findInsightDetail(tx: ManagedTransaction, id: InsightId): Promise<InsightDetail | null> {
  const result = await tx.run(
    `MATCH (i:Insight {id: $id})
     OPTIONAL CALL (i) {
       MATCH (i)-[f:FROM]->(s:Source)
       RETURN s ORDER BY s.ingestedAt, s.id LIMIT 1
     }
     RETURN i.id AS id, i.text AS text, i.quote AS quote, i.startSec AS startSec, i.endSec AS endSec, i.confidence AS confidence,
            [(i)-[a:ABOUT]->(t:Topic) | {slug: t.slug, name: t.name, weight: a.weight}] AS topics,
            CASE WHEN s IS NULL THEN null
                 ELSE {id: s.id, title: s.title, url: s.url, show: s.show} END AS source`,
    { id },
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    id,
    text: record.get("text"),
    quote: record.get("quote") ?? null,
    startSec: record.get("startSec") ?? null,
    endSec: record.get("endSec") ?? null,
    confidence: typeof record.get("confidence") === "number" ? record.get("confidence") : null,
    topics: byWeight(record.get("topics")),
    source: record.get("source"),
  };
}
