import type { InsightId } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

/** A related pair whose relation may be labelled: the edge from `from`'s list. */
export interface RelatedPairRow {
  readonly from: InsightId;
  readonly to: InsightId;
}

export interface RelationContextRow {
  readonly id: InsightId;
  readonly text: string;
  readonly embedding: readonly number[] | null;
  /** The model that made the embedding ("" for one stored before models were recorded), or null without one. */
  readonly embeddingModel: string | null;
  /** Its related insights, best first, from edges in either direction. */
  readonly neighbours: readonly InsightId[];
}

export interface RelationRow extends RelatedPairRow {
  readonly relation: string | null;
  readonly confidence: number | null;
  readonly reason: string | null;
}

/**
 * The related edges in the lists of the given insights, and the back-links they earned on the
 * other end's list (the same pair, read from there). An edge never joins an insight to itself;
 * the check is kept so a bad edge is never labelled.
 */
export async function findRelatedPairs(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<RelatedPairRow[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (a:Insight {id: id})-[:RELATED_TO]->(b:Insight)
     WHERE a <> b
     CALL (a, b) {
       RETURN a.id AS from, b.id AS to
       UNION
       MATCH (b)-[:RELATED_TO]->(a)
       RETURN b.id AS from, a.id AS to
     }
     RETURN DISTINCT from, to`,
    { ids },
  );
  return result.records.map((r) => ({ from: r.get("from") as InsightId, to: r.get("to") as InsightId }));
}

/** Text, embedding and best related insights of each given insight (the neighbourhood a stance is read against). */
export async function findRelationContext(tx: ManagedTransaction, ids: readonly InsightId[], neighbours: number): Promise<RelationContextRow[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     RETURN i.id AS id, i.text AS text, i.embedding AS embedding,
       CASE WHEN i.embedding IS NULL THEN null ELSE coalesce(i.embeddingModel, '') END AS embeddingModel, COLLECT {
       MATCH (i)-[r:RELATED_TO]-(n:Insight) WHERE n <> i
       WITH n, max(r.score) AS score ORDER BY score DESC, n.id
       RETURN n.id LIMIT $neighbours
     } AS neighbours`,
    { ids, neighbours: int(neighbours) },
  );
  return result.records.map((r) => ({
    id: r.get("id") as InsightId,
    text: r.get("text") as string,
    embedding: (r.get("embedding") as number[] | null) ?? null,
    embeddingModel: (r.get("embeddingModel") as string | null) ?? null,
    neighbours: r.get("neighbours") as InsightId[],
  }));
}

/**
 * Stores each pair's relation on its RELATED_TO edge, or clears it (null) when the pair is no
 * longer labelled: the relation lives on the related pair, so it goes when the pair goes and
 * never outlives or hides either claim.
 */
export async function storeRelations(tx: ManagedTransaction, rows: readonly RelationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Insight {id: row.from})-[r:RELATED_TO]->(b:Insight {id: row.to})
     WHERE a <> b
     SET r.relation = row.relation, r.relationConfidence = row.confidence, r.relationReason = row.reason`,
    { rows },
  );
}
