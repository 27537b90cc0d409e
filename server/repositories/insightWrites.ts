import type { InsightId, SourceId, TopicSlug } from "@shared/ids";
import type { InsightSummary } from "@shared/schemas/entities";
import type { ManagedTransaction } from "../db";
import { type InsightBatch, toSummary } from "./insights";

/** Where the enrichment queue (server/enrichment/) takes the insights a write touches. */
export interface QueueOnWrite {
  /** The stage a new insight waits for first. */
  readonly first: string;
  /** An insight that gains a topic waits here again, so its topic counts stay exact. */
  readonly topicsChanged: string;
  /** With embeddings configured: an insight without this model's embedding waits at `embed` again. */
  readonly embedding: { readonly stage: string; readonly model: string } | null;
}

/**
 * A node this transaction wrote, by its element id: matching it again by element id is a direct
 * lookup, where a match on its key takes a locking index seek. NOTE: valid within the transaction only.
 */
type NodeRef = string;

/** What a batch's write found out: which insights it created (with their nodes), and each topic's name as the graph holds it. */
export interface WrittenBatch {
  readonly created: ReadonlyMap<InsightId, NodeRef>;
  readonly topicNames: ReadonlyMap<TopicSlug, string>;
}

/** The written topics: their names as the graph holds them, and their nodes. */
interface WrittenTopics {
  readonly names: ReadonlyMap<TopicSlug, string>;
  readonly nodes: ReadonlyMap<TopicSlug, NodeRef>;
}

/**
 * Writes a batch with one UNWIND per element type. MERGE on the stable keys makes a second
 * ingest of the same rows change nothing. Nothing is derived here: new insights are marked for the
 * enrichment queue, which computes the rest in the background.
 */
export async function writeInsightBatch(tx: ManagedTransaction, batch: InsightBatch, queue: QueueOnWrite): Promise<WrittenBatch> {
  const sources = await writeSources(tx, batch.sources);
  const created = await writeInsights(tx, batch, queue);
  await writeFromLinks(tx, batch.from, created, sources);
  // The latest reading replaces the stored one; a fetch address stays known when a copy arrives another way.
  if (batch.documents?.length) {
    await tx.run(
      `UNWIND $documents AS row
       MATCH (s:Source {id: row.sourceId})
       SET s.document = row.document, s.readFrom = coalesce(row.readFrom, s.readFrom)`,
      { documents: batch.documents },
    );
  }
  const topicNames = await writeTopicLinks(tx, batch, queue.topicsChanged, created);
  return { created, topicNames };
}

async function writeSources(tx: ManagedTransaction, sources: InsightBatch["sources"]): Promise<ReadonlyMap<SourceId, NodeRef>> {
  if (sources.length === 0) return new Map();
  const result = await tx.run(
    `UNWIND $sources AS row
     MERGE (s:Source {id: row.id})
       ON CREATE SET s += row, s.ingestedAt = datetime()
     RETURN s.id AS id, elementId(s) AS node`,
    { sources },
  );
  return new Map(result.records.map((record) => [record.get("id") as SourceId, record.get("node") as NodeRef]));
}

/**
 * The insights, and which of them this write created. NOTE: only the MERGE itself can say so: an
 * existence check read before it races another app server writing the same insight. The mark is set
 * on create and removed in the same statement, so no committed node ever carries it.
 */
async function writeInsights(tx: ManagedTransaction, batch: InsightBatch, queue: QueueOnWrite): Promise<ReadonlyMap<InsightId, NodeRef>> {
  if (batch.insights.length === 0) return new Map();
  const result = await tx.run(
    `UNWIND $insights AS row
     MERGE (i:Insight {id: row.id})
       ON CREATE SET i += row, i.createdAt = datetime(), i.enrichStage = $first, i.createdByThisWrite = true
       ON MATCH SET i.enrichStage = CASE
         WHEN i.enrichStage IS NULL AND $embedding IS NOT NULL AND coalesce(i.embeddingModel, '') <> $embedding.model
         THEN $embedding.stage ELSE i.enrichStage END
     WITH i WHERE i.createdByThisWrite
     REMOVE i.createdByThisWrite
     RETURN i.id AS id, elementId(i) AS node`,
    { insights: batch.insights, first: queue.first, embedding: queue.embedding },
  );
  return new Map(result.records.map((record) => [record.get("id") as InsightId, record.get("node") as NodeRef]));
}

/**
 * An insight created by this write has no links yet, so its links are created outright (the common
 * case, and much cheaper than MERGE, which expands a node's links to look for one); the insights
 * that were there already MERGE theirs.
 */
function splitByCreated<T extends { insightId: InsightId }>(rows: readonly T[], created: ReadonlyMap<InsightId, NodeRef>): { fresh: T[]; known: T[] } {
  const fresh: T[] = [];
  const known: T[] = [];
  for (const row of rows) (created.has(row.insightId) ? fresh : known).push(row);
  return { fresh, known };
}

/** One row per key: the first (what MERGE … ON CREATE SET keeps) or the last (what MERGE … SET keeps). */
function onePerKey<T>(rows: readonly T[], keyOf: (row: T) => string, keep: "first" | "last"): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) if (keep === "last" || !byKey.has(keyOf(row))) byKey.set(keyOf(row), row);
  return [...byKey.values()];
}

/** The node a row names, which this transaction wrote. */
function nodeOf<K>(nodes: ReadonlyMap<K, NodeRef>, key: K): NodeRef {
  const node = nodes.get(key);
  if (node === undefined) throw new Error(`${String(key)} is linked but was not written`);
  return node;
}

async function writeFromLinks(
  tx: ManagedTransaction,
  from: InsightBatch["from"],
  created: ReadonlyMap<InsightId, NodeRef>,
  sources: ReadonlyMap<SourceId, NodeRef>,
): Promise<void> {
  const { fresh, known } = splitByCreated(from, created);
  if (fresh.length > 0) {
    const rows = onePerKey(fresh, (row) => `${row.insightId} ${row.sourceId}`, "first").map((row) => ({
      insight: nodeOf(created, row.insightId),
      source: nodeOf(sources, row.sourceId),
      position: row.position,
      speaker: row.speaker,
      startSec: row.startSec,
    }));
    await tx.run(
      `UNWIND $from AS row
       MATCH (i) WHERE elementId(i) = row.insight
       MATCH (s) WHERE elementId(s) = row.source
       CREATE (i)-[:FROM {position: row.position, speaker: row.speaker, startSec: row.startSec}]->(s)`,
      { from: rows },
    );
  }
  if (known.length > 0) {
    await tx.run(
      `UNWIND $from AS row
       MATCH (i:Insight {id: row.insightId}), (s:Source {id: row.sourceId})
       MERGE (i)-[f:FROM]->(s)
         ON CREATE SET f.position = row.position, f.speaker = row.speaker, f.startSec = row.startSec`,
      { from: known },
    );
  }
}

/**
 * Topics (created when new) and the insights' ABOUT links; returns each topic's name as the graph
 * holds it. An insight already through the queue that gains a topic waits at `topicsChanged` again,
 * so its topic counts stay exact. `created`: insights this transaction created, which have no links yet.
 */
export async function writeTopicLinks(
  tx: ManagedTransaction,
  links: Pick<InsightBatch, "topics" | "about">,
  topicsChanged: string,
  created: ReadonlyMap<InsightId, NodeRef> = new Map(),
): Promise<ReadonlyMap<TopicSlug, string>> {
  const topics = await writeTopics(tx, links.topics);
  const { fresh, known } = splitByCreated(links.about, created);
  if (fresh.length > 0) {
    const rows = onePerKey(fresh, (row) => `${row.insightId} ${row.slug}`, "last").map((row) => ({
      insight: nodeOf(created, row.insightId),
      topic: nodeOf(topics.nodes, row.slug),
      weight: row.weight,
    }));
    // A fresh insight waits at the queue's first stage already, so its stage is left alone.
    await tx.run(
      `UNWIND $about AS row
       MATCH (i) WHERE elementId(i) = row.insight
       MATCH (t) WHERE elementId(t) = row.topic
       CREATE (i)-[:ABOUT {weight: row.weight}]->(t)`,
      { about: rows },
    );
  }
  if (known.length > 0) {
    await tx.run(
      `UNWIND $about AS row
       MATCH (i:Insight {id: row.insightId}), (t:Topic {slug: row.slug})
       MERGE (i)-[a:ABOUT]->(t)
       SET a.weight = row.weight,
           i.enrichStage = CASE WHEN i.enrichStage IS NULL AND i.enrichedAt IS NOT NULL AND a.counted IS NULL THEN $topicsChanged ELSE i.enrichStage END`,
      { about: known, topicsChanged },
    );
  }
  return topics.names;
}

async function writeTopics(tx: ManagedTransaction, topics: InsightBatch["topics"]): Promise<WrittenTopics> {
  if (topics.length === 0) return { names: new Map(), nodes: new Map() };
  const result = await tx.run(
    `UNWIND $topics AS row
     MERGE (t:Topic {slug: row.slug})
       ON CREATE SET t += row, t.insightCount = 0
     RETURN t.slug AS slug, t.name AS name, elementId(t) AS node`,
    { topics },
  );
  const slugOf = (record: (typeof result.records)[number]) => record.get("slug") as TopicSlug;
  return {
    names: new Map(result.records.map((record) => [slugOf(record), record.get("name") as string])),
    nodes: new Map(result.records.map((record) => [slugOf(record), record.get("node") as NodeRef])),
  };
}

/**
 * What reading back the insights this write created would return, from the batch's own rows: each
 * insight's first row (the one MERGE created it from), its topics under the names the graph holds.
 */
export function summariesOfCreated(batch: Pick<InsightBatch, "insights" | "about">, written: WrittenBatch): Map<InsightId, InsightSummary> {
  const topicsOf = new Map<InsightId, Map<TopicSlug, { slug: TopicSlug; name: string; weight: number }>>();
  for (const { insightId, slug, weight } of batch.about) {
    if (!written.created.has(insightId)) continue;
    const name = written.topicNames.get(slug);
    if (name === undefined) throw new Error(`topic ${slug} is linked but was not written`);
    const topics = topicsOf.get(insightId) ?? new Map();
    topicsOf.set(insightId, topics.set(slug, { slug, name, weight }));
  }
  const summaries = new Map<InsightId, InsightSummary>();
  for (const row of batch.insights) {
    if (!written.created.has(row.id) || summaries.has(row.id)) continue;
    summaries.set(row.id, toSummary({ id: row.id, text: row.text, confidence: row.confidence, topics: [...(topicsOf.get(row.id)?.values() ?? [])] }));
  }
  return summaries;
}
