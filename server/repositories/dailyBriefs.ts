import type { SpeakerRef } from "@shared/api/speakers";
import type { ManagedTransaction } from "../db";
import { int } from "../db";

/** An insight a daily brief may pick, with what ranking needs. */
export interface BriefCandidateRow {
  readonly id: string;
  readonly text: string;
  readonly quote: string | null;
  readonly startSec: number | null;
  readonly confidence: number;
  readonly sourceId: string | null;
  readonly source: { title: string; show: string | null; url: string | null; textFrom: string | null } | null;
  readonly speakers: readonly SpeakerRef[];
  readonly topics: readonly { slug: string; name: string }[];
  /** About a topic the profile follows. */
  readonly followed: boolean;
  /** Summed scores of its related links (either direction). */
  readonly centrality: number;
  /** An earlier day's brief featured it. */
  readonly featured: boolean;
}

export interface RelatedRow {
  readonly of: string;
  readonly id: string;
  readonly text: string;
  readonly reason: string;
  readonly score: number;
}

/** A stored brief: the document as made, as JSON, plus what the schedule needs to send it once. */
export interface StoredBriefRow {
  readonly id: string;
  readonly document: string;
  readonly generatedAt: string;
  readonly emailedAt: string | null;
  readonly emailedTo: string | null;
  readonly emailError: string | null;
}

const CANDIDATE_FIELDS = `i.id AS id, i.text AS text, i.quote AS quote, i.startSec AS startSec,
  coalesce(i.confidence, 0.5) AS confidence, s.id AS sourceId,
  CASE WHEN s IS NULL THEN null ELSE {title: s.title, show: s.show, url: s.url, textFrom: s.textFrom} END AS source,
  COLLECT { MATCH (i)-[:ABOUT]->(t:Topic) RETURN {slug: t.slug, name: t.name} } AS topics,
  COLLECT { MATCH (i)-[:SAID_BY]->(p:Speaker) RETURN {id: p.id, name: p.name, named: p.named} } AS speakers,
  EXISTS { MATCH (i)-[:ABOUT]->(:Topic)<-[:FOLLOWS]-(:Profile {id: $profile}) } AS followed,
  COLLECT { MATCH (i)-[r:RELATED_TO]-() RETURN r.score } AS scores,
  EXISTS { MATCH (b:Brief)-[:FEATURED]->(i) WHERE coalesce(b.id, b.day) < $today } AS featured`;

const toCandidate = (record: { toObject(): Record<string, unknown> }): BriefCandidateRow => {
  const { scores, startSec, confidence, ...row } = record.toObject() as Record<string, unknown> & { scores: number[] };
  return {
    ...(row as unknown as BriefCandidateRow),
    startSec: startSec === null || startSec === undefined ? null : Number(startSec),
    confidence: Number(confidence),
    centrality: scores.reduce((sum, score) => sum + Number(score), 0),
  };
};

/** Insights from sources ingested after `since` (the newest sources first, at most `limit` insights). */
export async function findNewSourceCandidates(tx: ManagedTransaction, query: { since: string; profile: string; today: string; limit: number }): Promise<BriefCandidateRow[]> {
  const result = await tx.run(
    `MATCH (s:Source) WHERE s.ingestedAt > datetime($since)
     WITH s ORDER BY s.ingestedAt DESC LIMIT 200
     MATCH (i:Insight)-[:FROM]->(s)
     WITH i, s LIMIT $limit
     RETURN ${CANDIDATE_FIELDS}`,
    { ...query, limit: int(query.limit) },
  );
  return result.records.map(toCandidate);
}

/** The graph's strongest ground when nothing is new: insights of the followed topics, then of the largest ones. */
export async function findBestCandidates(tx: ManagedTransaction, query: { profile: string; today: string; limit: number }): Promise<BriefCandidateRow[]> {
  const result = await tx.run(
    `CALL () {
       MATCH (:Profile {id: $profile})-[:FOLLOWS]->(:Topic)<-[:ABOUT]-(i:Insight)
       RETURN i LIMIT 300
       UNION
       MATCH (t:Topic) WHERE t.insightCount IS NOT NULL
       WITH t ORDER BY t.insightCount DESC LIMIT 10
       MATCH (t)<-[:ABOUT]-(i:Insight)
       RETURN i LIMIT 500
     }
     WITH DISTINCT i LIMIT $limit
     OPTIONAL MATCH (i)-[:FROM]->(s:Source)
     WITH i, s ORDER BY s.ingestedAt
     WITH i, collect(s)[0] AS s
     RETURN ${CANDIDATE_FIELDS}`,
    { ...query, limit: int(query.limit) },
  );
  return result.records.map(toCandidate);
}

/** Each insight's best related insights, from edges in either direction. */
export async function findTopRelated(tx: ManagedTransaction, ids: readonly string[], perInsight: number): Promise<RelatedRow[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (a:Insight {id: id})
     CALL (a) {
       MATCH (a)-[r:RELATED_TO]-(b:Insight)
       WITH b, max(r.score) AS score, collect(r.reason)[0] AS reason
       RETURN b, score, reason ORDER BY score DESC, b.id LIMIT $perInsight
     }
     RETURN a.id AS of, b.id AS id, b.text AS text, coalesce(reason, '') AS reason, score`,
    { ids, perInsight: int(perInsight) },
  );
  return result.records.map((record) => ({ ...(record.toObject() as RelatedRow), score: Number(record.get("score")) }));
}

/** When the last brief before `today` was made, or null when there is none. */
export async function findLastBriefTime(tx: ManagedTransaction, today: string): Promise<string | null> {
  const result = await tx.run(`MATCH (b:Brief) WHERE b.id < $today AND b.generatedAt IS NOT NULL RETURN max(b.generatedAt) AS at`, { today });
  return (result.records[0]?.get("at") as string | null) ?? null;
}

/**
 * Stores a day's brief and links what it features (`FEATURED`, which later briefs read as "sent
 * before"). With `replace` off it stores only when the day has none yet, and answers whether it did:
 * two schedules (a restart, a second app server) cannot both make the day's brief.
 */
export async function storeBrief(
  tx: ManagedTransaction,
  brief: { id: string; generatedAt: string; document: string; ids: readonly string[] },
  replace: boolean,
): Promise<boolean> {
  const result = await tx.run(
    `MERGE (b:Brief {id: $id})
       ON CREATE SET b.day = $id, b.generatedAt = $generatedAt, b.document = $document
     WITH b, b.generatedAt = $generatedAt AS mine
     WHERE mine OR $replace
     SET b.generatedAt = $generatedAt, b.document = $document, b.emailedAt = null, b.emailedTo = null, b.emailError = null
     WITH b
     CALL (b) { MATCH (b)-[old:FEATURED]->() DELETE old }
     CALL (b) {
       UNWIND range(0, size($ids) - 1) AS position
       MATCH (i:Insight {id: $ids[position]})
       CREATE (b)-[:FEATURED {position: position}]->(i)
     }
     RETURN true AS stored`,
    { ...brief, replace },
  );
  return result.records.length > 0;
}

export async function recordDelivery(tx: ManagedTransaction, id: string, delivery: { emailedAt: string | null; emailedTo: string | null; emailError: string | null }): Promise<void> {
  await tx.run(`MATCH (b:Brief {id: $id}) SET b.emailedAt = $emailedAt, b.emailedTo = $emailedTo, b.emailError = $emailError`, { id, ...delivery });
}

const STORED_FIELDS = `b.id AS id, b.document AS document, b.generatedAt AS generatedAt, b.emailedAt AS emailedAt, b.emailedTo AS emailedTo, b.emailError AS emailError`;

export async function findBrief(tx: ManagedTransaction, id: string): Promise<StoredBriefRow | null> {
  const result = await tx.run(`MATCH (b:Brief {id: $id}) WHERE b.document IS NOT NULL RETURN ${STORED_FIELDS}`, { id });
  return (result.records[0]?.toObject() as StoredBriefRow | undefined) ?? null;
}

/** Stored briefs, the newest first. */
export async function findBriefs(tx: ManagedTransaction, limit: number): Promise<StoredBriefRow[]> {
  const result = await tx.run(`MATCH (b:Brief) WHERE b.document IS NOT NULL RETURN ${STORED_FIELDS} ORDER BY b.id DESC LIMIT $limit`, { limit: int(limit) });
  return result.records.map((record) => record.toObject() as StoredBriefRow);
}
