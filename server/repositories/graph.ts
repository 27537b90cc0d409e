import type { Graph } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";

/** The largest topics and the co-occurrence edges among them. */
export async function findTopicGraph(tx: ManagedTransaction, limit: number): Promise<Graph> {
  const result = await tx.run(
    `MATCH (t:Topic) WHERE t.insightCount > 0
     WITH t ORDER BY t.insightCount DESC, t.slug LIMIT $limit
     WITH collect(t) AS topics
     CALL (topics) {
       UNWIND topics AS t
       MATCH (t)-[c:CO_OCCURS]->(u:Topic)
       WHERE u IN topics
       RETURN collect({source: t.slug, target: u.slug, weight: c.weight}) AS edges
     }
     RETURN [t IN topics | {id: t.slug, label: t.name, insightCount: t.insightCount}] AS nodes, edges`,
    { limit: int(limit) },
  );
  const record = result.records[0];
  return { nodes: record?.get("nodes") ?? [], edges: record?.get("edges") ?? [] };
}

export async function countInsights(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run("MATCH (i:Insight) RETURN count(i) AS n");
  return result.records[0]?.get("n") ?? 0;
}
