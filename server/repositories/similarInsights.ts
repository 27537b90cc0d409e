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
  /** Insights still waiting at this stage are left out: they have not been compared themselves yet. */
  unsettledStage: string | null = null,
): Promise<SimilarInsight[]> {
  if (probes.length === 0) return [];
  const result = await tx.run(
    `UNWIND $probes AS p
     CALL (p) {
       CALL db.index.fulltext.queryNodes('insight_text', p.query, {limit: $perProbe * 2}) YIELD node, score
       WITH node, score WHERE $unsettled IS NULL OR coalesce(node.enrichStage, '') <> $unsettled
       RETURN node ORDER BY score DESC LIMIT $perProbe
     }
     RETURN p.probe AS probe, node.id AS id, node.text AS text, [(node)-[:ABOUT]->(t:Topic) | t.slug] AS topics`,
    { probes: probes.map((p) => ({ probe: int(p.probe), query: p.query })), perProbe: int(perProbe), unsettled: unsettledStage },
  );
  return result.records.map((record) => ({
    probe: Number(record.get("probe")),
    id: record.get("id") as InsightId,
    text: record.get("text") as string,
    topics: record.get("topics") as TopicSlug[],
  }));
}
