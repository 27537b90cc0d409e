import type { TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/**
 * Recomputes what the topic map reads for the topics a batch touched: each topic's insight count,
 * and CO_OCCURS to every topic it shares an insight with. The edge weight is the Jaccard index of
 * the two topics' insight sets, so two big topics are not linked just for being big. Touched
 * topics are labelled `CommunityStale` for the community refresher.
 */
export async function refreshTopicStats(tx: ManagedTransaction, slugs: readonly TopicSlug[]): Promise<void> {
  if (slugs.length === 0) return;
  await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})
     SET t.insightCount = COUNT { (t)<-[:ABOUT]-(:Insight) },
         t:CommunityStale, t.communityStaleAt = timestamp()`,
    { slugs },
  );
  await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})<-[:ABOUT]-(i:Insight)-[:ABOUT]->(u:Topic)
     WITH t, u, count(DISTINCT i) AS together
     // One edge per pair, stored from the smaller slug to the larger.
     WITH CASE WHEN t.slug < u.slug THEN t ELSE u END AS a,
          CASE WHEN t.slug < u.slug THEN u ELSE t END AS b, together
     WITH DISTINCT a, b, together
     MERGE (a)-[r:CO_OCCURS]->(b)
     SET r.count = together,
         r.weight = toFloat(together) / (a.insightCount + b.insightCount - together)`,
    { slugs },
  );
}
