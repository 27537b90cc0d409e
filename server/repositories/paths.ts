import type { InsightId, TopicSlug } from "@shared/ids";
import type { RelationKind } from "@shared/schemas/entities";
import type { ManagedTransaction } from "../db";

/** A node on a raw path: an insight (with the topics it is about) or the topic two insights share. */
export type PathNodeRow =
  | { readonly kind: "insight"; readonly id: InsightId; readonly text: string; readonly topics: readonly TopicSlug[] }
  | { readonly kind: "topic"; readonly slug: TopicSlug; readonly name: string };

/** One shortest path as stored: its nodes, and between each pair the link's reason and typed relation (null for ABOUT or none). */
export interface PathRow {
  readonly nodes: readonly PathNodeRow[];
  readonly reasons: readonly (string | null)[];
  readonly relations: readonly (RelationKind | null)[];
}

export interface PathRows {
  readonly fromFound: boolean;
  readonly toFound: boolean;
  readonly paths: readonly PathRow[];
}

/**
 * A topic about more insights than this is not walked through: "both are about AI" explains
 * nothing, and such hubs put every insight two steps from every other, which made the search
 * expand tens of thousands of nodes (p95 3.8 s at 20,000 insights before this bound).
 */
export const HUB_SIZE = 500;

/**
 * The shortest paths between two insights over related links and shared topics, found by Neo4j's
 * `SHORTEST` (a bidirectional search). A topic step is two ABOUT relationships, so a related link
 * counts half a shared topic: a direct link is preferred to "both are about open source".
 * The depth is 6 relationships (3 insight hops, pathLimits.maxHops): a longer chain explains little,
 * and allowing 8 made the search 2 to 3 times slower (p95 765 against 252 ms at 20,000 insights,
 * npm run bench:paths back to back).
 * NOTE: the candidate count and the depth are literals because `SHORTEST` takes no parameter; the
 * caller prunes the candidates and keeps k.
 */
export async function findPathRows(tx: ManagedTransaction, from: InsightId, to: InsightId): Promise<PathRows> {
  const result = await tx.run(
    `OPTIONAL MATCH (a:Insight {id: $from})
     OPTIONAL MATCH (b:Insight {id: $to})
     RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
       MATCH p = SHORTEST 12 (a) ((x)-[:RELATED_TO|ABOUT]-(y) WHERE y:Insight OR coalesce(y.insightCount, 0) <= $hubSize){1,6} (b)
       WHERE a IS NOT NULL AND b IS NOT NULL
       RETURN {
         nodes: [n IN nodes(p) | CASE WHEN n:Insight
           THEN {kind: 'insight', id: n.id, text: n.text, topics: [(n)-[:ABOUT]->(t:Topic) | t.slug]}
           ELSE {kind: 'topic', slug: n.slug, name: n.name} END],
         reasons: [r IN relationships(p) | CASE type(r) WHEN 'RELATED_TO' THEN r.reason END],
         relations: [r IN relationships(p) | CASE type(r) WHEN 'RELATED_TO' THEN r.relation END]
       }
     } AS paths`,
    { from, to, hubSize: HUB_SIZE },
  );
  const record = result.records[0];
  return {
    fromFound: record?.get("fromFound") === true,
    toFound: record?.get("toFound") === true,
    paths: (record?.get("paths") ?? []) as PathRow[],
  };
}
