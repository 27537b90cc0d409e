import type { ManagedTransaction } from "../db";
import { touchGraphVersion } from "./graphVersion";

/** A CO_OCCURS edge as Louvain reads it, weighted by the Jaccard index of the two topics' insights. */
export interface CommunityEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

export interface CommunityInput {
  /** Topics with insights, and the community each had before (if any). */
  readonly topics: readonly { slug: string; community: number | null }[];
  readonly links: readonly CommunityEdge[];
  /** Database time of the read: topics marked stale after it stay marked. */
  readonly readAt: number;
}

export async function hasStaleCommunities(tx: ManagedTransaction): Promise<boolean> {
  const result = await tx.run("RETURN EXISTS { MATCH (:CommunityStale) } AS stale");
  return result.records[0]?.get("stale") === true;
}

/** The whole topic graph, as Louvain needs it: every topic with insights and every CO_OCCURS. */
export async function findCommunityInput(tx: ManagedTransaction): Promise<CommunityInput> {
  const result = await tx.run(
    `RETURN timestamp() AS readAt,
       COLLECT { MATCH (t:Topic) WHERE t.insightCount > 0 RETURN {slug: t.slug, community: t.community} } AS topics,
       COLLECT {
         MATCH (t:Topic)-[c:CO_OCCURS]->(u:Topic)
         WHERE t.insightCount > 0 AND u.insightCount > 0
         RETURN {source: t.slug, target: u.slug, weight: toFloat(c.count) / (t.insightCount + u.insightCount - c.count)}
       } AS links`,
  );
  const record = result.records[0];
  return { topics: record?.get("topics") ?? [], links: record?.get("links") ?? [], readAt: record?.get("readAt") ?? 0 };
}

/**
 * Stores each topic's community; topics left without insights lose theirs. Only marks older than
 * the read are cleared, so an ingest that committed meanwhile is picked up by the next run.
 */
export async function storeCommunities(
  tx: ManagedTransaction,
  rows: readonly { slug: string; community: number }[],
  readAt: number,
): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MATCH (t:Topic {slug: row.slug})
     SET t.community = row.community`,
    { rows: rows.map((row) => ({ slug: row.slug, community: row.community })) },
  );
  await tx.run(
    `MATCH (t:CommunityStale) WHERE t.communityStaleAt <= $readAt
     REMOVE t:CommunityStale
     WITH t WHERE coalesce(t.insightCount, 0) = 0
     SET t.community = null`,
    { readAt },
  );
  await touchGraphVersion(tx);
}
