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
}

/**
 * Replaces the related lists of the given insights. Edges point from the insight whose list they
 * belong to and are read in both directions, so a new insight shows up under older ones without
 * recomputing the older lists.
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
     MERGE (a)-[r:RELATED_TO]->(b)
     SET r.score = edge.score, r.sharedTopics = edge.sharedTopics, r.reason = edge.reason,
         r.topicScore = edge.topicScore, r.textScore = edge.textScore, r.samePassage = edge.samePassage`,
    { edges },
  );
}

/**
 * The related list of one insight, best first, from edges in either direction (one indexed lookup
 * of the insight, then its RELATED_TO edges). With `explain`, the parts of each score.
 */
export async function findRelated(tx: ManagedTransaction, id: InsightId, limit: number, explain = false): Promise<RelatedInsight[]> {
  const result = await tx.run(
    `MATCH (:Insight {id: $id})-[r:RELATED_TO]-(b:Insight)
     WITH b, r ORDER BY r.score DESC
     WITH b, collect(r)[0] AS r
     RETURN b.id AS id, b.text AS text, r.score AS score, r.sharedTopics AS sharedTopics, r.reason AS reason,
            CASE WHEN $explain AND r.topicScore IS NOT NULL
                 THEN {topics: r.topicScore, text: r.textScore, samePassage: r.samePassage} END AS parts
     ORDER BY score DESC, id
     LIMIT $limit`,
    { id, limit: int(limit), explain },
  );
  return result.records.map((record) => {
    const { parts, ...related } = record.toObject();
    return (explain ? { ...related, parts } : related) as RelatedInsight;
  });
}
