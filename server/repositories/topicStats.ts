import type { InsightId, TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/**
 * Keeps what the topic map reads up to date after a batch, touching only what the batch changed.
 *
 * - Each touched topic's insight count, from its ABOUT degree (a constant-time read, where counting
 *   labelled neighbours would walk every insight of a big topic).
 * - CO_OCCURS counts for the topic pairs the batch's insights carry: only those pairs can have
 *   gained a shared insight. Each count is recomputed exactly by walking the smaller topic's
 *   insights. The Jaccard weight is not stored: it depends on both topics' sizes, which change
 *   with every batch, so readers derive it as count / (|a| + |b| - count).
 * - Touched topics are labelled `CommunityStale` for the community refresher.
 */
export async function refreshTopicStats(
  tx: ManagedTransaction,
  slugs: readonly TopicSlug[],
  insightIds: readonly InsightId[],
): Promise<void> {
  if (slugs.length === 0) return;
  await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})
     SET t.insightCount = COUNT { (t)<-[:ABOUT]-() },
         t:CommunityStale, t.communityStaleAt = timestamp()`,
    { slugs },
  );
  await tx.run(
    `UNWIND $insightIds AS id
     MATCH (:Insight {id: id})-[:ABOUT]->(t:Topic)
     WITH id, collect(t) AS topics
     UNWIND topics AS a
     UNWIND topics AS b
     WITH DISTINCT a, b WHERE a.slug < b.slug
     WITH a, b, CASE WHEN a.insightCount <= b.insightCount THEN [a, b] ELSE [b, a] END AS bySize
     WITH a, b, bySize[0] AS small, bySize[1] AS big
     CALL (small, big) {
       MATCH (small)<-[:ABOUT]-(i:Insight)
       WHERE (i)-[:ABOUT]->(big)
       RETURN count(i) AS together
     }
     MERGE (a)-[r:CO_OCCURS]->(b)
     SET r.count = together`,
    { insightIds },
  );
}
