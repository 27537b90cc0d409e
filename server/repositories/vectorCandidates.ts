import type { InsightId } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";
import { VECTOR_INDEX } from "./embeddings";

/**
 * The insights nearest in meaning to each anchor, from the vector index, in one query for the
 * whole batch. The anchors' embeddings are sent along: they are in memory already.
 * NOTE: the index answers from committed data, so insights of the running batch do not find each
 * other here (see nearestInBatch for those).
 */
export async function findVectorCandidates(
  tx: ManagedTransaction,
  anchors: readonly { id: InsightId; embedding: readonly number[] }[],
  perAnchor: number,
): Promise<Map<InsightId, InsightId[]>> {
  if (anchors.length === 0) return new Map();
  const result = await tx.run(
    `UNWIND $anchors AS anchor
     CALL (anchor) {
       CALL db.index.vector.queryNodes($index, $nearest, anchor.embedding) YIELD node
       WITH node WHERE node.id <> anchor.id
       RETURN collect(node.id)[0..$perAnchor] AS near
     }
     RETURN anchor.id AS id, near`,
    { anchors, index: VECTOR_INDEX, nearest: int(perAnchor + 1), perAnchor: int(perAnchor) },
  );
  return new Map(result.records.map((record) => [record.get("id") as InsightId, record.get("near") as InsightId[]]));
}
