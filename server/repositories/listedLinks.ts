import type { InsightId, SourceId } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/** Links a page's headline insight to the insights it lists (`LISTED_WITH`, kept for good): written with the page. */
export async function linkListedInsights(
  tx: ManagedTransaction,
  pairs: readonly { headline: InsightId; listed: InsightId; sourceId: SourceId }[],
): Promise<void> {
  if (pairs.length === 0) return;
  await tx.run(
    `UNWIND $pairs AS pair
     MATCH (a:Insight {id: pair.headline}), (b:Insight {id: pair.listed}), (s:Source {id: pair.sourceId})
     MERGE (a)-[l:LISTED_WITH]->(b)
       ON CREATE SET l.sourceId = s.id, l.page = s.title`,
    { pairs },
  );
}

/**
 * Makes every listing of the touched insights a related-insight edge again, both ways: the page's
 * author judged them related, so they rank first. Run after the related lists are recomputed,
 * which would otherwise replace these edges.
 */
export async function relateListedInsights(tx: ManagedTransaction, touched: readonly InsightId[]): Promise<void> {
  await tx.run(
    `UNWIND $touched AS id
     MATCH (a:Insight {id: id})-[l:LISTED_WITH]-(b:Insight)
     WITH DISTINCT a, b, l
     UNWIND [[a, b], [b, a]] AS pair
     WITH pair[0] AS one, pair[1] AS other, l
     MERGE (one)-[r:RELATED_TO]->(other)
     SET r.score = 1.0,
         r.sharedTopics = [(one)-[:ABOUT]->(t:Topic)<-[:ABOUT]-(other) | t.slug],
         r.reason = 'listed together on ' + l.page`,
    { touched },
  );
}
