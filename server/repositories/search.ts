import type { InsightId, TopicSlug } from "@shared/ids";
import type { TopicRef } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";

export interface InsightMatch {
  readonly id: InsightId;
  readonly text: string;
  readonly score: number;
  readonly topics: readonly TopicRef[];
}

export interface TopicMatch {
  readonly slug: TopicSlug;
  readonly name: string;
  readonly insightCount: number;
}

/** Insights whose text matches a Lucene query (built by `searchQuery`, never raw user input). */
export async function searchInsights(
  tx: ManagedTransaction,
  query: string,
  page: { limit: number; offset: number },
): Promise<InsightMatch[]> {
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes('insight_text', $query, {skip: $offset, limit: $limit}) YIELD node, score
     RETURN node.id AS id, node.text AS text, score,
            [(node)-[a:ABOUT]->(t:Topic) | {slug: t.slug, name: t.name, weight: a.weight}] AS topics
     ORDER BY score DESC, id`,
    { query, offset: int(page.offset), limit: int(page.limit) },
  );
  return result.records.map(toInsightMatch);
}

/** Topics whose name or aliases match; topics no insight is about any more are left out. */
export async function searchTopics(tx: ManagedTransaction, query: string, limit: number): Promise<TopicMatch[]> {
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes('topic_names', $query, {limit: $limit * 2}) YIELD node, score
     WHERE node.insightCount > 0
     RETURN node.slug AS slug, node.name AS name, node.insightCount AS insightCount
     ORDER BY score DESC, insightCount DESC, slug
     LIMIT $limit`,
    { query, limit: int(limit) },
  );
  return result.records.map((record) => record.toObject() as TopicMatch);
}

/** The insights nearest in meaning to an embedded query, from the vector index (cosine, best first). */
export async function searchInsightsByMeaning(tx: ManagedTransaction, vector: readonly number[], limit: number): Promise<InsightMatch[]> {
  const result = await tx.run(
    `CALL db.index.vector.queryNodes('insight_embedding', $limit, $vector) YIELD node, score
     RETURN node.id AS id, node.text AS text, score,
            [(node)-[a:ABOUT]->(t:Topic) | {slug: t.slug, name: t.name, weight: a.weight}] AS topics
     ORDER BY score DESC, id`,
    { vector, limit: int(limit) },
  );
  return result.records.map(toInsightMatch);
}

function toInsightMatch(record: { get(key: string): unknown }): InsightMatch {
  const topics = (record.get("topics") as (TopicRef & { weight: number })[])
    .toSorted((a, b) => b.weight - a.weight || a.slug.localeCompare(b.slug))
    .map(({ slug, name }) => ({ slug, name }));
  return { id: record.get("id") as InsightId, text: record.get("text") as string, score: record.get("score") as number, topics };
}
