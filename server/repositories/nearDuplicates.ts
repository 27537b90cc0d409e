import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/** New insights with their text and topics, for the near-duplicate check, in the given order. */
export async function findNewClaims(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<{ id: InsightId; text: string; topics: string[] }[]> {
  const result = await tx.run(
    `UNWIND range(0, size($ids) - 1) AS position
     MATCH (i:Insight {id: $ids[position]})
     RETURN i.id AS id, i.text AS text, [(i)-[:ABOUT]->(t:Topic) | t.slug] AS topics
     ORDER BY position`,
    { ids },
  );
  return result.records.map((record) => record.toObject() as { id: InsightId; text: string; topics: string[] });
}

/**
 * Folds each near-duplicate into the insight it repeats: its sources (FROM, with position and
 * speaker), its speakers (SAID_BY) and a page's listing (LISTED_WITH) move over, the kept insight keeps its own text and
 * topics, and the duplicate is deleted, with any topic only it was about.
 */
export async function foldInsights(tx: ManagedTransaction, folds: readonly { from: InsightId; into: InsightId }[]): Promise<void> {
  if (folds.length === 0) return;
  await tx.run(
    `UNWIND $folds AS fold
     MATCH (d:Insight {id: fold.from}), (k:Insight {id: fold.into})
     CALL (d, k) {
       MATCH (d)-[old:FROM]->(s:Source)
       MERGE (k)-[moved:FROM]->(s) ON CREATE SET moved = properties(old)
     }
     CALL (d, k) {
       MATCH (d)-[old:SAID_BY]->(p:Speaker)
       MERGE (k)-[moved:SAID_BY]->(p) ON CREATE SET moved = properties(old)
     }
     CALL (d, k) {
       MATCH (d)-[old:LISTED_WITH]->(b:Insight) WHERE b <> k
       MERGE (k)-[moved:LISTED_WITH]->(b) ON CREATE SET moved = properties(old)
     }
     CALL (d, k) {
       MATCH (b:Insight)-[old:LISTED_WITH]->(d) WHERE b <> k
       MERGE (b)-[moved:LISTED_WITH]->(k) ON CREATE SET moved = properties(old)
     }
     WITH d, [(d)-[:ABOUT]->(t:Topic) | t] AS topics
     DETACH DELETE d
     WITH topics UNWIND topics AS t
     WITH DISTINCT t WHERE NOT EXISTS { (t)<-[:ABOUT]-() }
     DETACH DELETE t`,
    { folds },
  );
}
