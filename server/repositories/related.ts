import type { InsightId } from "@shared/ids";
import type { RelatedInsight } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";

/** How many candidates sharing a topic are scored in full for each insight. */
const CANDIDATES = 200;
/** Two claims from the same source are often one argument said twice: rank them a little lower. */
const SAME_SOURCE_FACTOR = 0.85;

/**
 * Recomputes the top-K related insights of the given insights. A pair scores by the topics it
 * shares, each weighted by rarity (idf = ln(1 + N / insights about the topic)), normalised by
 * both insights' own topic mass (a cosine over idf-weighted topic sets). Edges point from the
 * insight whose list they belong to and are read in both directions, so a new insight shows up
 * under older ones without recomputing them.
 */
export async function refreshRelated(tx: ManagedTransaction, ids: readonly InsightId[], topK: number): Promise<void> {
  if (ids.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (:Insight {id: id})-[old:RELATED_TO]->()
     DELETE old`,
    { ids },
  );
  await tx.run(
    `MATCH (any:Insight) WITH count(any) AS total
     UNWIND $ids AS id
     MATCH (a:Insight {id: id})
     WITH a, total,
          reduce(m = 0.0, t IN [(a)-[:ABOUT]->(t:Topic) | t] | m + log(1.0 + toFloat(total) / t.insightCount)) AS aMass
     CALL (a, total, aMass) {
       MATCH (a)-[:ABOUT]->(t:Topic)<-[:ABOUT]-(b:Insight)
       WHERE b <> a
       WITH b, collect(t) AS shared, sum(log(1.0 + toFloat(total) / t.insightCount)) AS overlap
       ORDER BY overlap DESC, b.id
       LIMIT $candidates
       WITH b, shared, overlap,
            reduce(m = 0.0, u IN [(b)-[:ABOUT]->(u:Topic) | u] | m + log(1.0 + toFloat(total) / u.insightCount)) AS bMass
       WITH b, shared,
            overlap / sqrt(aMass * bMass)
              * CASE WHEN EXISTS { (a)-[:FROM]->(:Source)<-[:FROM]-(b) } THEN $sameSource ELSE 1.0 END AS score
       ORDER BY score DESC, b.id
       LIMIT $k
       RETURN b, shared, score
     }
     MERGE (a)-[r:RELATED_TO]->(b)
     SET r.score = score,
         r.sharedTopics = [t IN shared | t.slug],
         r.reason = 'shares ' + reduce(s = '', t IN shared[0..3] |
           s + CASE WHEN s = '' THEN '' ELSE ', ' END + t.name)
           + CASE WHEN size(shared) > 3 THEN ' and ' + toString(size(shared) - 3) + ' more' ELSE '' END`,
    { ids, k: int(topK), candidates: int(CANDIDATES), sameSource: SAME_SOURCE_FACTOR },
  );
}

/** The related list of one insight, best first, from edges in either direction. */
export async function findRelated(tx: ManagedTransaction, id: InsightId, limit: number): Promise<RelatedInsight[]> {
  const result = await tx.run(
    `MATCH (:Insight {id: $id})-[r:RELATED_TO]-(b:Insight)
     WITH b, r ORDER BY r.score DESC
     WITH b, collect(r)[0] AS r
     RETURN b.id AS id, b.text AS text, r.score AS score, r.sharedTopics AS sharedTopics, r.reason AS reason
     ORDER BY score DESC, id
     LIMIT $limit`,
    { id, limit: int(limit) },
  );
  return result.records.map((record) => record.toObject() as RelatedInsight);
}
