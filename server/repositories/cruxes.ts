import type { Crux } from "@shared/api/speakers";
import type { TopicSlug } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

/** A contradiction within a topic between claims that named speakers said, strongest first. */
export type CruxCandidate = Omit<Crux, "changedMind">;

// One side of a crux: the claim and each named speaker who said it, with the source and moment.
const sideOfA = `{
  id: a.id, text: a.text, quote: a.quote,
  said: [(a)-[said:SAID_BY]->(sp:Speaker) WHERE sp.named |
    {speaker: {id: sp.id, name: sp.name, named: sp.named},
     source: COLLECT { MATCH (s:Source {id: said.sourceId}) RETURN {id: s.id, title: s.title, publishedAt: s.publishedAt} }[0],
     startSec: said.startSec}]
}`;
const sideOfB = `{
  id: b.id, text: b.text, quote: b.quote,
  said: [(b)-[said:SAID_BY]->(sp:Speaker) WHERE sp.named |
    {speaker: {id: sp.id, name: sp.name, named: sp.named},
     source: COLLECT { MATCH (s:Source {id: said.sourceId}) RETURN {id: s.id, title: s.title, publishedAt: s.publishedAt} }[0],
     startSec: said.startSec}]
}`;

/**
 * Related pairs about the topic labelled `contradicts` whose two claims both have a named speaker,
 * by confidence then score. The topic's insights are found through its index, the pairs through
 * their RELATED_TO edges: the cost follows the topic, not the graph.
 */
export async function findCruxCandidates(tx: ManagedTransaction, slug: TopicSlug, limit: number): Promise<CruxCandidate[] | null> {
  const result = await tx.run(
    `OPTIONAL MATCH (t:Topic {slug: $slug})
     RETURN t IS NOT NULL AS found, COLLECT {
       MATCH (t)<-[:ABOUT]-(a:Insight)-[r:RELATED_TO]->(b:Insight)-[:ABOUT]->(t)
       WHERE r.relation = 'contradicts' AND a <> b
         AND EXISTS { (a)-[:SAID_BY]->(:Speaker {named: true}) } AND EXISTS { (b)-[:SAID_BY]->(:Speaker {named: true}) }
       WITH a, b, r ORDER BY r.relationConfidence DESC, r.score DESC, a.id, b.id LIMIT $limit
       RETURN {sides: [${sideOfA}, ${sideOfB}], relationConfidence: r.relationConfidence, reason: coalesce(r.relationReason, '')}
     } AS candidates`,
    { slug, limit: int(limit) },
  );
  const record = result.records[0];
  if (!record?.get("found")) return null;
  return record.get("candidates") as CruxCandidate[];
}
