import type { InsightId, TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/** A node on a raw path: an insight (with the topics it is about) or the topic two insights share. */
export type PathNodeRow =
  | { readonly kind: "insight"; readonly id: InsightId; readonly text: string; readonly topics: readonly TopicSlug[] }
  | { readonly kind: "topic"; readonly slug: TopicSlug; readonly name: string };

/** One shortest path as stored: its nodes, and between each pair the link's reason (null for ABOUT). */
export interface PathRow {
  readonly nodes: readonly PathNodeRow[];
  readonly reasons: readonly (string | null)[];
}

export interface PathRows {
  readonly fromFound: boolean;
  readonly toFound: boolean;
  readonly paths: readonly PathRow[];
}

/**
 * The shortest paths between two insights over related links and shared topics, found by Neo4j's
 * `SHORTEST` (a bidirectional search). A topic step is two ABOUT relationships, so a related link
 * counts half a shared topic: a direct link is preferred to "both are about open source".
 * NOTE: the candidate count and the depth (8 relationships = 4 insight hops) are literals because
 * `SHORTEST` takes no parameter; the caller prunes the candidates and keeps k.
 */
export async function findPathRows(tx: ManagedTransaction, from: InsightId, to: InsightId): Promise<PathRows> {
  const result = await tx.run(
    `OPTIONAL MATCH (a:Insight {id: $from})
     OPTIONAL MATCH (b:Insight {id: $to})
     RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
       MATCH p = SHORTEST 16 (a)-[:RELATED_TO|ABOUT]-{1,8}(b)
       WHERE a IS NOT NULL AND b IS NOT NULL
       RETURN {
         nodes: [n IN nodes(p) | CASE WHEN n:Insight
           THEN {kind: 'insight', id: n.id, text: n.text, topics: [(n)-[:ABOUT]->(t:Topic) | t.slug]}
           ELSE {kind: 'topic', slug: n.slug, name: n.name} END],
         reasons: [r IN relationships(p) | CASE type(r) WHEN 'RELATED_TO' THEN r.reason END]
       }
     } AS paths`,
    { from, to },
  );
  const record = result.records[0];
  return {
    fromFound: record?.get("fromFound") === true,
    toFound: record?.get("toFound") === true,
    paths: (record?.get("paths") ?? []) as PathRow[],
  };
}
