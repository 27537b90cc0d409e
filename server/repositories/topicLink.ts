import type { InsightId, TopicSlug } from "@shared/ids";
import type { InsightSummary, TopicSummary } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";
import { findInsightSummaries } from "./insights";

/**
 * The insights about both topics, strongest on both first (the product of their ABOUT weights),
 * or null when either topic does not exist. Walks the smaller topic's insights only.
 */
export async function findSharedInsights(
  tx: ManagedTransaction,
  a: TopicSlug,
  b: TopicSlug,
  limit: number,
): Promise<{ topics: [TopicSummary, TopicSummary]; insights: InsightSummary[]; total: number } | null> {
  const result = await tx.run(
    `MATCH (a:Topic {slug: $a}), (b:Topic {slug: $b})
     WITH a, b, CASE WHEN coalesce(a.insightCount, 0) <= coalesce(b.insightCount, 0) THEN [a, b] ELSE [b, a] END AS pair
     WITH a, b, pair[0] AS small, pair[1] AS large
     OPTIONAL MATCH (small)<-[x:ABOUT]-(i:Insight)-[y:ABOUT]->(large)
     WITH a, b, i, x.weight * y.weight AS strength
     ORDER BY strength DESC, i.id
     WITH a, b, collect(i.id) AS ids
     RETURN {slug: a.slug, name: a.name, insightCount: coalesce(a.insightCount, 0)} AS a,
            {slug: b.slug, name: b.name, insightCount: coalesce(b.insightCount, 0)} AS b,
            ids[0..$limit] AS listed, size(ids) AS total`,
    { a, b, limit: int(limit) },
  );
  const record = result.records[0];
  if (!record) return null;
  const insights = await findInsightSummaries(tx, record.get("listed") as InsightId[]);
  return { topics: [record.get("a"), record.get("b")], insights, total: record.get("total") };
}
