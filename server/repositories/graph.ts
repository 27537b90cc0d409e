import type { Community, Graph, GraphNode } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";

export interface TopicGraphQuery {
  readonly limit: number;
  /** Co-occurrence edges lighter than this are left out. */
  readonly minWeight: number;
  /** Only the topics of this community (a Louvain group of topics). */
  readonly community?: number;
  /** Topics with fewer insights are left off the map unless pinned; a person hid the hidden ones. */
  readonly minInsights?: number;
}

/**
 * The largest topics, their co-occurrence edges and their communities. The nodes are the top N
 * by (insightCount desc, slug), so "is u among them" is a comparison with the last node kept
 * rather than a list lookup per edge.
 */
export async function findTopicGraph(tx: ManagedTransaction, query: TopicGraphQuery): Promise<Graph> {
  const result = await tx.run(
    `MATCH (t:Topic) WHERE t.insightCount > 0 AND ($community IS NULL OR t.community = $community)
       AND NOT coalesce(t.hidden, false) AND (t.insightCount >= $minInsights OR t.pinned = true)
     WITH t ORDER BY t.insightCount DESC, t.slug LIMIT $limit
     WITH collect(t) AS topics
     WITH topics, last(topics) AS smallest,
          COUNT { MATCH (x:Topic) WHERE x.insightCount > 0 AND ($community IS NULL OR x.community = $community)
                    AND NOT coalesce(x.hidden, false) AND (x.insightCount >= $minInsights OR x.pinned = true) } AS total,
          COUNT { MATCH (x:Topic) WHERE x.insightCount > 0 AND x.insightCount < $minInsights AND ($community IS NULL OR x.community = $community)
                    AND NOT coalesce(x.hidden, false) AND NOT coalesce(x.pinned, false) } AS smallHidden
     CALL (topics, smallest) {
       UNWIND topics AS t
       MATCH (t)-[c:CO_OCCURS]->(u:Topic)
       WITH t, u, c, toFloat(c.count) / (t.insightCount + u.insightCount - c.count) AS weight
       WHERE weight >= $minWeight AND ($community IS NULL OR u.community = $community)
         AND (u.insightCount > smallest.insightCount OR (u.insightCount = smallest.insightCount AND u.slug <= smallest.slug))
       RETURN collect({source: t.slug, target: u.slug, weight: weight}) AS edges
     }
     CALL (topics) {
       UNWIND topics AS t
       WITH DISTINCT t.community AS id WHERE id IS NOT NULL
       CALL (id) {
         MATCH (m:Topic {community: id}) WHERE m.insightCount > 0
         WITH m ORDER BY m.insightCount DESC, m.slug
         RETURN collect(m.name)[0..2] AS names, count(m) AS topicCount
       }
       RETURN collect({id: id, label: reduce(s = '', n IN names | s + CASE WHEN s = '' THEN '' ELSE ' · ' END + n),
                       topicCount: topicCount}) AS communities
     }
     RETURN [t IN topics | {id: t.slug, label: t.name, insightCount: t.insightCount, community: t.community}] AS nodes,
            edges, communities, total, smallHidden`,
    { limit: int(query.limit), minWeight: query.minWeight, community: query.community === undefined ? null : int(query.community), minInsights: int(query.minInsights ?? 1) },
  );
  const record = result.records[0];
  const communities = ((record?.get("communities") ?? []) as Community[]).toSorted((a, b) => a.id - b.id);
  return { nodes: record?.get("nodes") ?? [], edges: record?.get("edges") ?? [], communities, total: record?.get("total") ?? 0, smallHidden: record?.get("smallHidden") ?? 0 };
}

export type InsightGraphScope = { readonly topic: string } | { readonly community: number };

// Two named queries rather than one with an OR, so each starts from its own index.
const scopeMatch = {
  topic: "MATCH (t:Topic {slug: $topic})",
  community: "MATCH (t:Topic {community: $community})",
} as const;

/**
 * The insights of a topic or community, most central first (ABOUT weight, then related links), one
 * page of them, and the RELATED_TO edges (one per pair, the stronger direction) among them and
 * from them to insights on earlier pages, so a view that loads page after page has every link
 * between what it shows. An insight ranks earlier when its (weight, links, id) key comes before
 * the page's first one, a comparison per neighbour instead of a list of every earlier insight.
 */
export async function findInsightGraph(
  tx: ManagedTransaction,
  scope: InsightGraphScope,
  page: { limit: number; offset: number },
): Promise<Graph> {
  const result = await tx.run(
    `${"topic" in scope ? scopeMatch.topic : scopeMatch.community}
     WITH collect(t) AS scope
     CALL (scope) {
       UNWIND scope AS t
       MATCH (t)<-[:ABOUT]-(x:Insight)
       RETURN count(DISTINCT x) AS total
     }
     // A subquery so that a page past the end is still one row, with its total.
     CALL (scope) {
       UNWIND scope AS t
       MATCH (t)<-[a:ABOUT]-(i:Insight)
       WITH i, max(a.weight) AS weight
       WITH i, weight, COUNT { (i)-[:RELATED_TO]-() } AS links
       ORDER BY weight DESC, links DESC, i.id
       SKIP $offset LIMIT $limit
       RETURN collect({insight: i, weight: weight, links: links}) AS ranked
     }
     WITH scope, total, [row IN ranked | row.insight] AS insights, head(ranked) AS first
     CALL (scope, insights, first) {
       UNWIND insights AS i
       MATCH (i)-[r:RELATED_TO]-(j:Insight)
       WITH i, j, r, j IN insights AS onPage
       CALL (j, onPage, scope) {
         MATCH (j)-[b:ABOUT]->(u:Topic) WHERE NOT onPage AND $offset > 0 AND u IN scope
         RETURN max(b.weight) AS weight
       }
       WITH i, j, r, onPage, weight
       WHERE onPage OR weight > first.weight OR (weight = first.weight AND (
               COUNT { (j)-[:RELATED_TO]-() } > first.links OR
               (COUNT { (j)-[:RELATED_TO]-() } = first.links AND j.id < first.insight.id)))
       WITH CASE WHEN i.id < j.id THEN i.id ELSE j.id END AS source,
            CASE WHEN i.id < j.id THEN j.id ELSE i.id END AS target, max(r.score) AS weight
       RETURN collect({source: source, target: target, weight: weight}) AS edges
     }
     RETURN [i IN insights | {id: i.id, label: i.text, insightCount: 1, kind: 'insight'}] AS nodes, edges, total`,
    {
      topic: "topic" in scope ? scope.topic : null,
      community: "community" in scope ? int(scope.community) : null,
      offset: int(page.offset),
      limit: int(page.limit),
    },
  );
  const record = result.records[0];
  return { nodes: (record?.get("nodes") ?? []) as GraphNode[], edges: record?.get("edges") ?? [], total: record?.get("total") ?? 0 };
}

export async function topicExists(tx: ManagedTransaction, slug: string): Promise<boolean> {
  const result = await tx.run("RETURN EXISTS { MATCH (:Topic {slug: $slug}) } AS found", { slug });
  return result.records[0]?.get("found") === true;
}

export async function countInsights(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run("MATCH (i:Insight) RETURN count(i) AS n");
  return result.records[0]?.get("n") ?? 0;
}
