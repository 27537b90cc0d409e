import type { InsightId } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

export interface TopicFeature {
  readonly slug: string;
  readonly name: string;
  /** How central the topic is to the insight, 0..1 (the ABOUT weight). */
  readonly weight: number;
  /** Insights about the topic in the whole graph. */
  readonly insightCount: number;
}

/** What the ranking knows about one insight. */
export interface InsightFeatures {
  readonly id: string;
  /** As written: reasons quote its words. */
  readonly text?: string;
  readonly topics: readonly TopicFeature[];
  /** Lemmatised content words, repeats kept. */
  readonly terms: readonly string[];
  /** Where it was said: source and claim position in it. */
  readonly passages: readonly { readonly sourceId: string; readonly position: number }[];
  /** Its embedding, when embeddings are configured and it has been embedded. */
  readonly embedding?: readonly number[];
}

export interface Corpus {
  readonly insightCount: number;
  /** Document frequency of every term the scored insights use. */
  readonly termDf: ReadonlyMap<string, number>;
}

export interface InsightText {
  readonly id: InsightId;
  readonly text: string;
  /** Whether its terms are stored and counted in the term frequencies already. */
  readonly indexed: boolean;
}

export async function findInsightTexts(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<InsightText[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     RETURN i.id AS id, i.text AS text, i.terms IS NOT NULL AS indexed`,
    { ids },
  );
  return result.records.map((record) => record.toObject() as InsightText);
}

/**
 * Term vectors live on the Insight node (`terms`: its lemmatised content words) and document
 * frequencies on one `(:Term {lemma, df})` per word, both written once when an insight is first
 * seen. Scoring a batch then reads only the batch's candidates and the df of their words, never
 * the whole corpus. `df` must come sorted by lemma: concurrent ingests then lock Terms in one order.
 */
export async function storeTerms(
  tx: ManagedTransaction,
  rows: readonly { id: InsightId; terms: readonly string[] }[],
  df: readonly { lemma: string; by: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `UNWIND $rows AS row
     MATCH (i:Insight {id: row.id})
     SET i.terms = row.terms`,
    { rows },
  );
  await tx.run(
    `UNWIND $df AS row
     MERGE (t:Term {lemma: row.lemma})
       ON CREATE SET t.df = 0
     SET t.df = t.df + row.by`,
    { df: df.map((row) => ({ lemma: row.lemma, by: int(row.by) })) },
  );
}

export interface CandidateLimits {
  /** Insights read per shared topic: a topic on half the graph must not be read in full. */
  readonly perTopic: number;
  /** Best candidates by rarity-weighted topic overlap. */
  readonly byTopic: number;
  /** Best candidates by the full-text index (BM25 over the words as written). */
  readonly byText: number;
}

/**
 * Candidates for each anchor from two indexed lookups: insights sharing its topics (each topic's
 * expansion capped), ranked by the summed rarity of what they share, and insights the full-text
 * index finds for its words. Only these are scored in full.
 *
 * A batch's anchors share most of their topics, so each topic is expanded once per batch (not once
 * per anchor and topic) and the overlap is summed here: the database reads a few hundred rows per
 * topic instead of hundreds of thousands per batch.
 */
export async function findCandidates(
  tx: ManagedTransaction,
  anchors: readonly { id: InsightId; query: string | null }[],
  limits: CandidateLimits,
): Promise<Map<InsightId, InsightId[]>> {
  const byTopic = await findTopicCandidates(tx, anchors.map((anchor) => anchor.id), limits);
  const byText = await findTextCandidates(tx, anchors, limits.byText);
  return new Map(
    anchors.map(({ id }) => {
      const topical = byTopic.get(id) ?? [];
      const seen = new Set(topical);
      return [id, [...topical, ...(byText.get(id) ?? []).filter((other) => !seen.has(other))]];
    }),
  );
}

async function findTopicCandidates(
  tx: ManagedTransaction,
  ids: readonly InsightId[],
  limits: CandidateLimits,
): Promise<Map<InsightId, InsightId[]>> {
  const result = await tx.run(
    `MATCH (any:Insight) WITH toFloat(count(any)) AS total
     UNWIND $ids AS id
     MATCH (:Insight {id: id})-[:ABOUT]->(t:Topic)
     WITH total, t, collect(id) AS anchors
     CALL (t) {
       MATCH (t)<-[:ABOUT]-(b:Insight)
       WITH b LIMIT $perTopic + 1
       RETURN collect(b.id) AS members
     }
     RETURN anchors, members, log(1.0 + total / toFloat(coalesce(t.insightCount, 0) + 1)) AS rarity`,
    { ids, perTopic: int(limits.perTopic) },
  );
  const overlaps = new Map<InsightId, Map<InsightId, number>>();
  for (const record of result.records) {
    const members = record.get("members") as InsightId[];
    const rarity = record.get("rarity") as number;
    for (const anchor of record.get("anchors") as InsightId[]) {
      const overlap = overlaps.get(anchor) ?? new Map<InsightId, number>();
      overlaps.set(anchor, overlap);
      // Each anchor takes the first perTopic members other than itself, as a per-anchor cap would.
      let taken = 0;
      for (const member of members) {
        if (taken === limits.perTopic) break;
        if (member === anchor) continue;
        overlap.set(member, (overlap.get(member) ?? 0) + rarity);
        taken++;
      }
    }
  }
  return new Map(
    [...overlaps].map(([anchor, overlap]) => [
      anchor,
      [...overlap]
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, limits.byTopic)
        .map(([member]) => member),
    ]),
  );
}

async function findTextCandidates(
  tx: ManagedTransaction,
  anchors: readonly { id: InsightId; query: string | null }[],
  byText: number,
): Promise<Map<InsightId, InsightId[]>> {
  const queried = anchors.filter((anchor) => anchor.query !== null);
  if (queried.length === 0) return new Map();
  const result = await tx.run(
    `UNWIND $anchors AS anchor
     CALL (anchor) {
       CALL db.index.fulltext.queryNodes('insight_text', anchor.query, {limit: $byText + 1}) YIELD node
       WITH node WHERE node.id <> anchor.id
       RETURN collect(node.id)[0..$byText] AS byText
     }
     RETURN anchor.id AS id, byText`,
    { anchors: queried, byText: int(byText) },
  );
  return new Map(result.records.map((record) => [record.get("id") as InsightId, record.get("byText") as InsightId[]]));
}

/** Everything the scoring reads about each insight, in one query. */
export async function findFeatures(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<InsightFeatures[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     RETURN i.id AS id, i.text AS text, coalesce(i.terms, []) AS terms,
            [(i)-[a:ABOUT]->(t:Topic) |
              {slug: t.slug, name: t.name, weight: coalesce(a.weight, 1.0), insightCount: t.insightCount}] AS topics,
            [(i)-[f:FROM]->(s:Source) | {sourceId: s.id, position: coalesce(f.position, -10)}] AS passages`,
    { ids },
  );
  return result.records.map((record) => record.toObject() as InsightFeatures);
}

/** The corpus size and the document frequency of the given words. */
export async function findCorpus(tx: ManagedTransaction, lemmas: readonly string[]): Promise<Corpus> {
  const result = await tx.run(
    `MATCH (i:Insight) WITH count(i) AS total
     RETURN total, COLLECT {
       UNWIND $lemmas AS lemma
       MATCH (t:Term {lemma: lemma})
       RETURN [t.lemma, t.df]
     } AS df`,
    { lemmas },
  );
  const record = result.records[0];
  const pairs = (record?.get("df") ?? []) as [string, number][];
  return { insightCount: record?.get("total") ?? 0, termDf: new Map(pairs) };
}
