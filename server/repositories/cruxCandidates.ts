import type { InsightId, TopicSlug } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

/**
 * Each topic keeps its strongest crux candidates as `(t:Topic)-[:CRUX_CANDIDATE {with, confidence,
 * score}]->(a:Insight)`, one edge per `contradicts` pair `(a)-[:RELATED_TO]->(b {id: with})` whose
 * two claims are about the topic and were said by a named speaker. The list is bounded, so the
 * topic's cruxes are one short walk from its slug, whatever the topic's size.
 */

/** The pair `a`→`b` (edge `r`) is a crux candidate of `t`: contradicting, both about it, both said by a named speaker. */
export const isCruxCandidate = `r.relation = 'contradicts' AND a <> b
  AND EXISTS { (a)-[:ABOUT]->(t) } AND EXISTS { (b)-[:ABOUT]->(t) }
  AND EXISTS { (a)-[:SAID_BY]->(:Speaker {named: true}) } AND EXISTS { (b)-[:SAID_BY]->(:Speaker {named: true}) }`;

/** Strongest first; a missing score (a page's own link) ranks last, ids break ties. */
export const cruxOrder = "r.relationConfidence DESC, coalesce(r.score, 0.0) DESC, a.id, b.id";

/** A pair in a topic's candidate list, or one that could enter it, with what ranks it. */
export interface CruxPairRow {
  readonly slug: TopicSlug;
  readonly from: InsightId;
  readonly to: InsightId;
  readonly confidence: number;
  readonly score: number;
}

/** A listed pair, and whether it still is a candidate with the figures it was listed with. */
export interface ListedCruxRow extends CruxPairRow {
  readonly holds: boolean;
}

/**
 * Lists the given topics' candidates afresh: the old list goes, the best `cap` pairs replace it.
 * This walks the topic's insights (the cost the read no longer pays), so callers refresh only the
 * topics whose list may have changed.
 * NOTE: the other end's topic is an EXISTS check, not a second ABOUT in the pattern: closed on `t`,
 * the planner joined the topic's insights with each other (9 to 11 s on a 2,000-insight graph).
 */
export async function relistCruxCandidates(tx: ManagedTransaction, slugs: readonly TopicSlug[], cap: number): Promise<void> {
  if (slugs.length === 0) return;
  await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})
     CALL (t) { MATCH (t)-[old:CRUX_CANDIDATE]->() DELETE old }
     CALL (t) {
       MATCH (t)<-[:ABOUT]-(a:Insight)-[r:RELATED_TO]->(b:Insight)
       WHERE ${isCruxCandidate}
       WITH a, b, r ORDER BY ${cruxOrder} LIMIT $cap
       CREATE (t)-[:CRUX_CANDIDATE {with: b.id, confidence: r.relationConfidence, score: coalesce(r.score, 0.0)}]->(a)
     }`,
    { slugs, cap: int(cap) },
  );
}

/**
 * For the topics of the given insights: each listed pair, checked against the graph as it is now
 * (relabelled, unlinked, a speaker gone or an insight moved off the topic make it not hold).
 */
export async function findListedCruxes(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<ListedCruxRow[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Insight {id: id})-[:ABOUT]->(t:Topic)
     WITH DISTINCT t
     MATCH (t)-[c:CRUX_CANDIDATE]->(a:Insight)
     RETURN t.slug AS slug, a.id AS from, c.with AS to, c.confidence AS confidence, c.score AS score,
       EXISTS {
         MATCH (a)-[r:RELATED_TO]->(b:Insight {id: c.with})
         WHERE ${isCruxCandidate} AND r.relationConfidence = c.confidence AND coalesce(r.score, 0.0) = c.score
       } AS holds`,
    { ids },
  );
  return result.records.map((r) => ({ ...pairOf(r.toObject()), holds: r.get("holds") as boolean }));
}

/** Every candidate pair one of the given insights takes part in, under each topic both claims share. */
export async function findCruxPairsOf(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<CruxPairRow[]> {
  if (ids.length === 0) return [];
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})-[:ABOUT]->(t:Topic)
     MATCH (i)-[r:RELATED_TO]-(:Insight)
     WHERE r.relation = 'contradicts'
     WITH DISTINCT t, r, startNode(r) AS a, endNode(r) AS b
     WHERE ${isCruxCandidate}
     RETURN t.slug AS slug, a.id AS from, b.id AS to, r.relationConfidence AS confidence, coalesce(r.score, 0.0) AS score`,
    { ids },
  );
  return result.records.map((r) => pairOf(r.toObject()));
}

function pairOf(row: Record<string, unknown>): CruxPairRow {
  return { slug: row.slug as TopicSlug, from: row.from as InsightId, to: row.to as InsightId, confidence: Number(row.confidence), score: Number(row.score) };
}
