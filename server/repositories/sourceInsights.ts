import type { InsightId } from "@shared/ids";
import type { InsightSummary } from "@shared/schemas/entities";
import type { ManagedTransaction } from "../db";
import { int } from "../db";
import { findInsightSummaries } from "./insights";

/**
 * The insights of some sources, in the order given and within a source in reading order, at most
 * `limit`: what an upload answers with, so the page can link to what it just read.
 */
export async function findInsightsFromSources(tx: ManagedTransaction, sourceIds: readonly string[], limit: number): Promise<InsightSummary[]> {
  if (sourceIds.length === 0 || limit <= 0) return [];
  const result = await tx.run(
    `UNWIND range(0, size($ids) - 1) AS n
     MATCH (:Source {id: $ids[n]})<-[from:FROM]-(i:Insight)
     WITH n, from.position AS position, i.id AS id
     ORDER BY n, position, id
     LIMIT $limit
     RETURN collect(DISTINCT id) AS ids`,
    { ids: sourceIds, limit: int(limit) },
  );
  const ids = (result.records[0]?.get("ids") ?? []) as InsightId[];
  return findInsightSummaries(tx, ids);
}

/** For each given source, the insights it holds: after near-duplicates merged, several sources can share one. */
export async function findInsightIdsOfSources(tx: ManagedTransaction, sourceIds: readonly string[]): Promise<Map<string, InsightId[]>> {
  const result = await tx.run(
    `UNWIND $ids AS sourceId
     MATCH (:Source {id: sourceId})<-[:FROM]-(i:Insight)
     RETURN sourceId, collect(i.id) AS ids`,
    { ids: sourceIds },
  );
  return new Map(result.records.map((record) => [record.get("sourceId") as string, record.get("ids") as InsightId[]]));
}
