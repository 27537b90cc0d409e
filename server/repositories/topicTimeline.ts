import type { TimelineInsight } from "@shared/api/topicTimeline";
import type { TopicSlug } from "@shared/ids";
import type { TopicRef } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";

export interface TopicTimelineRows {
  readonly topic: TopicRef;
  readonly insights: TimelineInsight[];
  readonly total: number;
}

/**
 * A topic's insights dated by their earliest source: its publication day when known, else the day
 * the insight was added. Oldest first, so the first is who said it first. Null for an unknown topic.
 */
export async function findTopicTimeline(tx: ManagedTransaction, slug: TopicSlug, limit: number): Promise<TopicTimelineRows | null> {
  const result = await tx.run(
    `MATCH (t:Topic {slug: $slug})
     CALL (t) {
       MATCH (t)<-[:ABOUT]-(i:Insight)
       OPTIONAL MATCH (i)-[:FROM]->(s:Source)
       WITH i, s ORDER BY s.publishedAt IS NULL, s.publishedAt
       WITH i, collect(s)[0] AS s
       WITH i, s, CASE WHEN s.publishedAt IS NOT NULL THEN left(s.publishedAt, 10) ELSE left(toString(i.createdAt), 10) END AS date
       RETURN i, s, date ORDER BY date, i.id LIMIT $limit
     }
     RETURN t.slug AS slug, t.name AS name, COUNT { (t)<-[:ABOUT]-(:Insight) } AS total,
            collect({
              id: i.id, text: i.text, date: date,
              dated: CASE WHEN s.publishedAt IS NOT NULL THEN 'published' ELSE 'added' END,
              addedAt: toString(i.createdAt),
              source: CASE WHEN s IS NULL THEN null ELSE {title: s.title, show: s.show} END
            }) AS insights`,
    { slug, limit: int(limit) },
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    topic: { slug: record.get("slug") as TopicSlug, name: record.get("name") as string },
    insights: (record.get("insights") as TimelineInsight[]).filter((insight) => insight.date !== null),
    total: record.get("total") as number,
  };
}
