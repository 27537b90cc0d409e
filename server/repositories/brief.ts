import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/**
 * Records the brief of a day for a set of topics: `(:Brief {day, topics})-[:FEATURED {position}]->(:Insight)`.
 * Asking again the same day replaces that day's brief, so it is one brief per day and topics.
 */
export async function recordBrief(
  tx: ManagedTransaction,
  brief: { day: string; topics: string; ids: readonly InsightId[] },
): Promise<void> {
  await tx.run(
    `MERGE (b:Brief {day: $day, topics: $topics})
     SET b.updatedAt = datetime()
     WITH b
     CALL (b) {
       MATCH (b)-[old:FEATURED]->()
       DELETE old
     }
     WITH b
     UNWIND range(0, size($ids) - 1) AS position
     MATCH (i:Insight {id: $ids[position]})
     CREATE (b)-[:FEATURED {position: position}]->(i)`,
    brief,
  );
}

/** Which of these insights an earlier day's brief (any topics) already featured. */
export async function findFeaturedBefore(tx: ManagedTransaction, ids: readonly InsightId[], day: string): Promise<Set<InsightId>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (b:Brief)-[:FEATURED]->(i:Insight {id: id})
     WHERE b.day < $day
     RETURN DISTINCT i.id AS id`,
    { ids, day },
  );
  return new Set(result.records.map((record) => record.get("id")));
}
