import type { InsightId } from "@shared/ids";
import type { RelatedInsight } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";

/** One stored related-insight edge: the list entry of `from`, read from either end. */
export interface RelatedEdgeRow {
  readonly from: InsightId;
  readonly to: InsightId;
  readonly score: number;
  readonly sharedTopics: readonly string[];
  readonly reason: string;
  readonly topicScore: number;
  readonly textScore: number;
  readonly samePassage: boolean;
  /** Embedding cosine; null when either insight has no embedding. */
  readonly embeddingScore?: number | null;
}

/**
 * Replaces the related lists of the given insights: their old edges go first, so the new ones are
 * created without a MERGE's check for an existing one (each list names an insight once). Edges point
 * from the insight whose list they belong to; see earnBackLinks for the other direction.
 */
export async function replaceRelated(tx: ManagedTransaction, ids: readonly InsightId[], edges: readonly RelatedEdgeRow[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (:Insight {id: id})-[old:RELATED_TO]->()
     DELETE old`,
    { ids },
  );
  await tx.run(
    `UNWIND $edges AS edge
     MATCH (a:Insight {id: edge.from}), (b:Insight {id: edge.to})
     CREATE (a)-[r:RELATED_TO]->(b)
     SET r.score = edge.score, r.sharedTopics = edge.sharedTopics, r.reason = edge.reason,
         r.topicScore = edge.topicScore, r.textScore = edge.textScore, r.samePassage = edge.samePassage,
         r.embeddingScore = edge.embeddingScore`,
    { edges: edges.map((edge) => ({ ...edge, embeddingScore: edge.embeddingScore ?? null })) },
  );
}

/**
 * Back-links a new insight earned: when B is on A's new list, A goes on B's list too if it beats
 * B's weakest entry, and B's list is cut back to `topK` (a page's listed links, scored 1.0, stay).
 * Each list is then complete from its own edges, so reading it never walks the edges pointing in
 * (thousands for a popular insight). Targets come sorted by id, so concurrent writers lock them in
 * one order.
 */
export async function earnBackLinks(tx: ManagedTransaction, edges: readonly RelatedEdgeRow[], topK: number): Promise<void> {
  if (edges.length === 0) return;
  const byTarget = new Map<InsightId, RelatedEdgeRow[]>();
  for (const edge of edges) byTarget.set(edge.to, [...(byTarget.get(edge.to) ?? []), edge]);
  const targets = [...byTarget]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, offers]) => ({ id, offers: offers.map((edge) => ({ ...edge, embeddingScore: edge.embeddingScore ?? null })) }));
  await tx.run(
    `UNWIND $targets AS target
     MATCH (b:Insight {id: target.id})
     CALL (b, target) {
       UNWIND target.offers AS offer
       MATCH (a:Insight {id: offer.from})
       WHERE NOT EXISTS { (b)-[:RELATED_TO]->(a) }
       CREATE (b)-[r:RELATED_TO]->(a)
       SET r.score = offer.score, r.sharedTopics = offer.sharedTopics, r.reason = offer.reason,
           r.topicScore = offer.topicScore, r.textScore = offer.textScore, r.samePassage = offer.samePassage,
           r.embeddingScore = offer.embeddingScore, r.earned = true
     }
     CALL (b) {
       MATCH (b)-[r:RELATED_TO]->()
       WITH r ORDER BY r.score DESC SKIP $topK
       DELETE r
     }`,
    { targets, topK: int(topK) },
  );
}

/**
 * The related list of one insight, best first: one indexed lookup of the insight, then its own
 * bounded list of RELATED_TO edges (back-links included, see earnBackLinks), or null when there is
 * no such insight: one query answers both. With `explain`, the parts of each score.
 */
export async function findRelated(tx: ManagedTransaction, id: InsightId, limit: number, explain = false): Promise<RelatedInsight[] | null> {
  const result = await tx.run(
    `OPTIONAL MATCH (a:Insight {id: $id})
     RETURN a IS NOT NULL AS found, COLLECT {
       MATCH (a)-[r:RELATED_TO]->(b:Insight)
       WITH b, r ORDER BY r.score DESC, b.id
       LIMIT $limit
       RETURN {
         id: b.id, text: b.text, score: r.score, sharedTopics: r.sharedTopics, reason: r.reason,
         relation: r.relation, relationConfidence: r.relationConfidence, relationReason: r.relationReason,
         parts: CASE WHEN $explain AND r.topicScore IS NOT NULL
                     THEN {topics: r.topicScore, text: r.textScore, samePassage: r.samePassage, embedding: r.embeddingScore} END
       }
     } AS related`,
    { id, limit: int(limit), explain },
  );
  const record = result.records[0];
  if (!record?.get("found")) return null;
  return (record.get("related") as (RelatedInsight & { parts: unknown })[]).map(({ parts, ...stored }) => {
    const related = withoutMissingRelation(stored);
    return (explain ? { ...related, parts: withoutMissingEmbedding(parts as { embedding?: number | null } | null) } : related) as RelatedInsight;
  });
}

/** An unlabelled pair has no relation fields (rather than null ones): it is plainly related. */
function withoutMissingRelation<T extends { relation?: unknown; relationConfidence?: unknown; relationReason?: unknown }>(row: T): T {
  if (row.relation != null) return row;
  const { relation: _none, relationConfidence: _unknown, relationReason: _unsaid, ...rest } = row;
  return rest as T;
}

/** An edge scored without embeddings has no embedding part (rather than a null one). */
function withoutMissingEmbedding(parts: { embedding?: number | null } | null): object | null {
  if (parts === null || parts.embedding !== null) return parts;
  const { embedding: _none, ...rest } = parts;
  return rest;
}
