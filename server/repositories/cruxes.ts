import type { Crux } from "@shared/api/speakers";
import type { TopicSlug } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

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
     source: COLLECT { MATCH (s:Source {id: said.sourceId}) RETURN {id: s.id, title: s.title, publishedAt: s.publishedAt} }[0],
     startSec: said.startSec}]
}]`;

/**
 * Related pairs about the topic labelled `contradicts` whose two claims both have a named speaker,
 * by confidence then score. The topic's insights are found through its index, the pairs through
 * their RELATED_TO edges: the cost follows the topic, not the graph.
 * NOTE: the other end's topic is an EXISTS check, not a second ABOUT in the pattern: with the
 * pattern closed on `t`, the top topic of a 2,000-insight synthetic graph took 9 to 11 s (the
 * planner joined the topic's insights with each other); with the check, 150 to 190 ms.
 */
export async function findCruxCandidates(tx: ManagedTransaction, slug: TopicSlug, limit: number): Promise<CruxCandidate[] | null> {
  const result = await tx.run(
    `OPTIONAL MATCH (t:Topic {slug: $slug})
     RETURN t IS NOT NULL AS found, COLLECT {
       MATCH (t)<-[:ABOUT]-(a:Insight)-[r:RELATED_TO]->(b:Insight)
       WHERE r.relation = 'contradicts' AND a <> b AND EXISTS { (b)-[:ABOUT]->(t) }
         AND EXISTS { (a)-[:SAID_BY]->(:Speaker {named: true}) } AND EXISTS { (b)-[:SAID_BY]->(:Speaker {named: true}) }
       WITH a, b, r ORDER BY r.relationConfidence DESC, r.score DESC, a.id, b.id LIMIT $limit
       RETURN {sides: ${sidesOfPair}, relationConfidence: r.relationConfidence, reason: coalesce(r.relationReason, '')}
     } AS candidates`,
    { slug, limit: int(limit) },
  );
  const record = result.records[0];
  if (!record?.get("found")) return null;
  return record.get("candidates") as CruxCandidate[];
}
