import type { Crux } from "@shared/api/speakers";
import type { TopicSlug } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";
import { cruxOrder } from "./cruxCandidates";

/** A contradiction within a topic between claims that named speakers said, strongest first. */
export type CruxCandidate = Omit<Crux, "changedMind">;

/**
 * Both claims of the pair `a`, `b` as crux sides, in that order: each with the named speakers who
 * said it, where and when. One projection for both sides, walked over the pair.
 */
const sidesOfPair = `[side IN [a, b] | {
  id: side.id, text: side.text, quote: side.quote,
  said: [(side)-[said:SAID_BY]->(sp:Speaker) WHERE sp.named |
    {speaker: {id: sp.id, name: sp.name, named: sp.named},
     source: COLLECT { MATCH (s:Source {id: said.sourceId}) RETURN {id: s.id, title: s.title, url: s.url, show: s.show, publishedAt: s.publishedAt} }[0],
     startSec: said.startSec,
     endSec: CASE WHEN said.startSec IS NOT NULL AND said.startSec = side.startSec THEN side.endSec END}]
}]`;

/**
 * The topic's listed crux candidates (see cruxCandidates.ts), by confidence then score, each checked
 * again against its RELATED_TO edge so a pair relabelled since it was listed is never served. The
 * list is bounded, so the cost is the same for a topic of ten insights or of ten thousand.
 * NOTE: the other end is found by its id before the edge, and only the label is checked again (the
 * writers relist a topic whose claims or speakers change): with the whole candidate check here,
 * the planner ran it on every related insight of each listed claim, ten times the work.
 */
export async function findCruxCandidates(tx: ManagedTransaction, slug: TopicSlug, limit: number): Promise<CruxCandidate[] | null> {
  const result = await tx.run(
    `OPTIONAL MATCH (t:Topic {slug: $slug})
     RETURN t IS NOT NULL AS found, COLLECT {
       MATCH (t)-[c:CRUX_CANDIDATE]->(a:Insight)
       MATCH (b:Insight {id: c.with})
       MATCH (a)-[r:RELATED_TO]->(b)
       WHERE r.relation = 'contradicts' AND a <> b
       WITH a, b, r ORDER BY ${cruxOrder} LIMIT $limit
       RETURN {sides: ${sidesOfPair}, relationConfidence: r.relationConfidence, reason: coalesce(r.relationReason, '')}
     } AS candidates`,
    { slug, limit: int(limit) },
  );
  const record = result.records[0];
  if (!record?.get("found")) return null;
  return record.get("candidates") as CruxCandidate[];
}

/**
 * The listed crux candidates of several topics together (a theme's), strongest first across them
 * all, each pair once though several of the topics list it. Checked against the edge as above;
 * the sides are projected only for the pairs kept.
 */
export async function findThemeCruxCandidates(tx: ManagedTransaction, slugs: readonly TopicSlug[], limit: number): Promise<CruxCandidate[]> {
  if (slugs.length === 0) return [];
  const result = await tx.run(
    `UNWIND $slugs AS slug
     MATCH (:Topic {slug: slug})-[c:CRUX_CANDIDATE]->(a:Insight)
     MATCH (b:Insight {id: c.with})
     MATCH (a)-[r:RELATED_TO]->(b)
     WHERE r.relation = 'contradicts' AND a <> b
     WITH DISTINCT a, b, r
     ORDER BY ${cruxOrder} LIMIT $limit
     RETURN {sides: ${sidesOfPair}, relationConfidence: r.relationConfidence, reason: coalesce(r.relationReason, '')} AS candidate`,
    { slugs, limit: int(limit) },
  );
  return result.records.map((record) => record.get("candidate") as CruxCandidate);
}
