import type { InsightId, TopicSlug } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

export interface SimilarInsight {
  readonly probe: number;
  readonly id: InsightId;
  readonly text: string;
  readonly topics: readonly TopicSlug[];
}

/**
 * Insights already in the graph worded like each probe (a Lucene query of plain words), best
 * first, with their topics: the candidates a near-duplicate check compares against.
 */
export async function findSimilarInsights(
  tx: ManagedTransaction,
  probes: readonly { probe: number; query: string }[],
  perProbe: number,
): Promise<SimilarInsight[]> {
  if (probes.length === 0) return [];
  const result = await tx.run(
    `UNWIND $probes AS p
     CALL (p) {
       CALL db.index.fulltext.queryNodes('insight_text', p.query, {limit: $perProbe}) YIELD node, score
       RETURN node ORDER BY score DESC LIMIT $perProbe
     }
     RETURN p.probe AS probe, node.id AS id, node.text AS text, [(node)-[:ABOUT]->(t:Topic) | t.slug] AS topics`,
    { probes: probes.map((p) => ({ probe: int(p.probe), query: p.query })), perProbe: int(perProbe) },
  );
  return result.records.map((record) => ({
    probe: Number(record.get("probe")),
    id: record.get("id") as InsightId,
    text: record.get("text") as string,
    topics: record.get("topics") as TopicSlug[],
  }));
}

export interface CloseInMeaning extends Omit<SimilarInsight, "probe"> {
  readonly anchor: InsightId;
  /** Embedding cosine, -1..1. */
  readonly cosine: number;
}

/**
 * Insights already in the graph nearest in meaning to each anchor (the vector index), with their
 * texts and topics: the near-duplicate check's candidates by meaning.
 * NOTE: Neo4j scores cosine indexes as (1 + cosine) / 2; the cosine is given back here.
 */
export async function findCloseInMeaning(
  tx: ManagedTransaction,
  anchors: readonly { id: InsightId; embedding: readonly number[] }[],
  perAnchor: number,
): Promise<CloseInMeaning[]> {
  if (anchors.length === 0) return [];
  const result = await tx.run(
    `UNWIND $anchors AS anchor
     CALL (anchor) {
       CALL db.index.vector.queryNodes('insight_embedding', $perAnchor, anchor.embedding) YIELD node, score
       RETURN node, score
     }
     WITH anchor, node, score WHERE node.id <> anchor.id
     RETURN anchor.id AS anchor, node.id AS id, node.text AS text, 2 * score - 1 AS cosine,
            [(node)-[:ABOUT]->(t:Topic) | t.slug] AS topics`,
    { anchors, perAnchor: int(perAnchor) },
  );
  return result.records.map((record) => ({
    anchor: record.get("anchor") as InsightId,
    id: record.get("id") as InsightId,
    text: record.get("text") as string,
    cosine: record.get("cosine") as number,
    topics: record.get("topics") as TopicSlug[],
  }));
}
