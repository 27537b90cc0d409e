import type { InsightId } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";
import type { Corpus, InsightFeatures } from "../related/scoring";

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
 */
export async function findCandidates(
  tx: ManagedTransaction,
  anchors: readonly { id: InsightId; query: string | null }[],
  limits: CandidateLimits,
): Promise<Map<InsightId, InsightId[]>> {
  const result = await tx.run(
    `MATCH (any:Insight) WITH toFloat(count(any)) AS total
     UNWIND $anchors AS anchor
     MATCH (a:Insight {id: anchor.id})
     CALL (a, total) {
       MATCH (a)-[:ABOUT]->(t:Topic)
       CALL (a, t) {
         MATCH (t)<-[:ABOUT]-(b:Insight) WHERE b <> a
         RETURN b LIMIT $perTopic
       }
       WITH b, sum(log(1.0 + total / toFloat(coalesce(t.insightCount, 0) + 1))) AS overlap
       ORDER BY overlap DESC, b.id
       LIMIT $byTopic
       RETURN collect(b.id) AS byTopic
     }
     CALL (a, anchor) {
       WITH anchor WHERE anchor.query IS NOT NULL
       CALL db.index.fulltext.queryNodes('insight_text', anchor.query, {limit: $byText + 1}) YIELD node
       WITH node WHERE node <> a
       RETURN collect(node.id)[0..$byText] AS byText
     }
     RETURN a.id AS id, byTopic + [id IN byText WHERE NOT id IN byTopic] AS candidates`,
    {
      anchors,
      perTopic: int(limits.perTopic),
      byTopic: int(limits.byTopic),
      byText: int(limits.byText),
    },
  );
  return new Map(result.records.map((record) => [record.get("id") as InsightId, record.get("candidates") as InsightId[]]));
}

/** Everything the scoring reads about each insight, in one query. */
export async function findFeatures(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<InsightFeatures[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     RETURN i.id AS id, coalesce(i.terms, []) AS terms,
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
