import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";

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
