import type { TopicSlug } from "@shared/ids";
import type { InsightSummary, TopicSummary } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";
import { toSummary } from "./insights";

export async function listTopics(tx: ManagedTransaction, limit: number): Promise<TopicSummary[]> {
  const result = await tx.run(
    `MATCH (t:Topic) WHERE t.insightCount > 0
     RETURN t.slug AS slug, t.name AS name, t.insightCount AS insightCount
     ORDER BY insightCount DESC, slug
     LIMIT $limit`,
    { limit: int(limit) },
  );
  return result.records.map((record) => record.toObject() as TopicSummary);
}

export interface TopicPage {
  readonly topic: TopicSummary & { readonly community: number | null };
  readonly insights: InsightSummary[];
  readonly neighbours: (TopicSummary & { weight: number })[];
}

/**
 * A topic with its insights best first (most central to the topic by ABOUT weight, then most
 * linked to related insights), a page at a time, and its strongest co-occurring neighbours.
 */
export async function findTopicPage(
  tx: ManagedTransaction,
  slug: TopicSlug,
  page: { limit: number; offset: number },
): Promise<TopicPage | null> {
  const result = await tx.run(
    `MATCH (t:Topic {slug: $slug})
     CALL (t) {
       MATCH (t)<-[a:ABOUT]-(i:Insight)
       WITH i, a.weight AS weight, COUNT { (i)-[:RELATED_TO]-() } AS links
       ORDER BY weight DESC, links DESC, i.id
       SKIP $offset LIMIT $limit
       RETURN collect({
         id: i.id, text: i.text,
         topics: [(i)-[b:ABOUT]->(u:Topic) | {slug: u.slug, name: u.name, weight: b.weight}]
       }) AS insights
     }
     CALL (t) {
       MATCH (t)-[c:CO_OCCURS]-(u:Topic)
       WITH u, toFloat(c.count) / (t.insightCount + u.insightCount - c.count) AS weight
       ORDER BY weight DESC, u.slug LIMIT 20
       RETURN collect({slug: u.slug, name: u.name, insightCount: u.insightCount, weight: weight}) AS neighbours
     }
     RETURN {slug: t.slug, name: t.name, insightCount: t.insightCount, community: t.community} AS topic,
            insights, neighbours`,
    { slug, limit: int(page.limit), offset: int(page.offset) },
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    topic: record.get("topic"),
    insights: record.get("insights").map(toSummary),
    neighbours: record.get("neighbours"),
  };
}
