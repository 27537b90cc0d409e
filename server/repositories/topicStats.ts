import type { InsightId, TopicSlug } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

/** Two topics (a < b) and how many more insights are about both. */
export interface TopicPair {
  readonly a: TopicSlug;
  readonly b: TopicSlug;
  readonly by: number;
}

/** The topics each of the given insights is about now (before a batch adds to them). */
export async function findTopicsOf(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<Map<InsightId, TopicSlug[]>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Insight {id: id})-[:ABOUT]->(t:Topic)
     RETURN id, collect(t.slug) AS slugs`,
    { ids },
  );
  return new Map(result.records.map((record) => [record.get("id") as InsightId, record.get("slugs") as TopicSlug[]]));
}

/**
 * Keeps what the topic map reads up to date after a batch, touching only what the batch changed.
 *
 * - Each touched topic's insight count, from its ABOUT degree (a constant-time read, where counting
 *   labelled neighbours would walk every insight of a big topic).
 * - CO_OCCURS counts raised by the pairs the batch added (see addedTopicPairs). The Jaccard weight
 *   is not stored: it depends on both topics' sizes, which change with every batch, so readers
 *   derive it as count / (|a| + |b| - count).
 * - Touched topics are labelled `CommunityStale` for the community refresher.
 */
export async function refreshTopicStats(tx: ManagedTransaction, slugs: readonly TopicSlug[], pairs: readonly TopicPair[]): Promise<void> {
  if (slugs.length === 0) return;
  await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})
     SET t.insightCount = COUNT { (t)<-[:ABOUT]-() },
         t:CommunityStale, t.communityStaleAt = timestamp()`,
    { slugs },
  );
  // NOTE: one expression reads and writes the count, so Neo4j's write lock covers both (no lost update).
  await tx.run(
    `UNWIND $pairs AS pair
     MATCH (a:Topic {slug: pair.a}), (b:Topic {slug: pair.b})
     MERGE (a)-[r:CO_OCCURS]->(b)
     SET r.count = coalesce(r.count, 0) + pair.by`,
    { pairs: pairs.map((pair) => ({ ...pair, by: int(pair.by) })) },
  );
}

/** Each insight's topics, split into those its co-occurrences were counted for already and the rest. */
export async function findTopicsToCount(
  tx: ManagedTransaction,
  ids: readonly InsightId[],
): Promise<{ id: InsightId; counted: TopicSlug[]; uncounted: TopicSlug[] }[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Insight {id: id})-[a:ABOUT]->(t:Topic)
     RETURN id, [x IN collect([t.slug, a.counted]) WHERE x[1] = true | x[0]] AS counted,
                [x IN collect([t.slug, a.counted]) WHERE x[1] IS NULL | x[0]] AS uncounted`,
    { ids },
  );
  return result.records.map((record) => record.toObject() as { id: InsightId; counted: TopicSlug[]; uncounted: TopicSlug[] });
}

/** Marks the insights' topic links as counted: a retried or repeated stage adds nothing twice. */
export async function markTopicsCounted(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (:Insight {id: id})-[a:ABOUT]->()
     WHERE a.counted IS NULL
     SET a.counted = true`,
    { ids },
  );
}
