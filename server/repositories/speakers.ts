import type { InsightId } from "@shared/ids";
import type { SpeakerId, SpeakerPage } from "@shared/api/speakers";
import { int, type ManagedTransaction } from "../db";
import { EVIDENCE_COUNTS } from "./evidenceCounts";

export interface KnownSpeakerRow {
  readonly id: string;
  readonly scope: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface SpeakerWriteRow {
  readonly id: string;
  readonly scope: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly show: string | null;
  /** False for an unnamed voice of one episode ("Speaker 1"). */
  readonly named: boolean;
  readonly role: "host" | "guest" | null;
}

export interface SaidByWriteRow {
  readonly insightId: string;
  readonly speakerId: string;
  readonly sourceId: string;
  readonly startSec: number | null;
}

/** The named speakers of the given scopes (shows, or single sources), for resolving new labels against. */
export async function findKnownSpeakers(tx: ManagedTransaction, scopes: readonly string[]): Promise<KnownSpeakerRow[]> {
  if (scopes.length === 0) return [];
  const result = await tx.run(
    `UNWIND $scopes AS scope
     MATCH (sp:Speaker {scope: scope}) WHERE sp.named
     RETURN sp.id AS id, sp.scope AS scope, sp.name AS name, coalesce(sp.aliases, []) AS aliases`,
    { scopes },
  );
  return result.records.map((r) => ({ id: r.get("id"), scope: r.get("scope"), name: r.get("name"), aliases: r.get("aliases") }));
}

/**
 * Speakers and who said what, one UNWIND each. A claim said on two episodes has a SAID_BY per
 * speaker, each naming the source it was said in, so a claim's speakers are counted, never replaced.
 */
export async function writeSpeakers(tx: ManagedTransaction, speakers: readonly SpeakerWriteRow[], saidBy: readonly SaidByWriteRow[]): Promise<void> {
  if (speakers.length === 0) return;
  await tx.run(
    `UNWIND $speakers AS row
     MERGE (sp:Speaker {id: row.id})
       ON CREATE SET sp.scope = row.scope, sp.named = row.named, sp.show = row.show, sp.createdAt = datetime()
     SET sp.name = row.name, sp.aliases = row.aliases, sp.role = coalesce(sp.role, row.role)`,
    { speakers },
  );
  await tx.run(
    `UNWIND $saidBy AS row
     MATCH (i:Insight {id: row.insightId}), (sp:Speaker {id: row.speakerId})
     MERGE (i)-[r:SAID_BY {sourceId: row.sourceId}]->(sp)
       ON CREATE SET r.startSec = row.startSec`,
    { saidBy },
  );
}

/** A speaker's page: who, their claims newest first, their shows, and who they agree and disagree with; null when unknown. */
export async function findSpeakerPage(tx: ManagedTransaction, id: SpeakerId, limit: number): Promise<SpeakerPage | null> {
  const result = await tx.run(
    `MATCH (sp:Speaker {id: $id})
     RETURN sp {.id, .name, .show, .named, aliases: coalesce(sp.aliases, []), role: sp.role} AS speaker,
       COLLECT {
         MATCH (i:Insight)-[said:SAID_BY]->(sp)
         MATCH (s:Source {id: said.sourceId})
         WITH i, said, s ORDER BY s.publishedAt DESC, s.ingestedAt DESC, i.id
         RETURN {
           id: i.id, text: i.text, startSec: said.startSec,
           topics: [(i)-[a:ABOUT]->(t:Topic) | {slug: t.slug, name: t.name}],
           source: {id: s.id, title: s.title, show: s.show, publishedAt: s.publishedAt}
         } LIMIT $limit
       } AS claims,
       COLLECT {
         MATCH (:Insight)-[said:SAID_BY]->(sp)
         MATCH (s:Source {id: said.sourceId}) WHERE s.show IS NOT NULL
         WITH s.show AS show, count(DISTINCT s) AS sources ORDER BY sources DESC, show
         RETURN {show: show, sources: sources}
       } AS shows,
       COLLECT {
         MATCH (sp)<-[:SAID_BY]-(:Insight)-[r:RELATED_TO]-(:Insight)-[:SAID_BY]->(other:Speaker)
         WHERE other <> sp AND r.relation IN ['supports', 'extends', 'same']
         WITH other, count(DISTINCT r) AS pairs ORDER BY pairs DESC, other.name
         RETURN {id: other.id, name: other.name, named: other.named, pairs: pairs} LIMIT 20
       } AS agreesWith,
       COLLECT {
         MATCH (sp)<-[:SAID_BY]-(:Insight)-[r:RELATED_TO]-(:Insight)-[:SAID_BY]->(other:Speaker)
         WHERE other <> sp AND r.relation = 'contradicts'
         WITH other, count(DISTINCT r) AS pairs ORDER BY pairs DESC, other.name
         RETURN {id: other.id, name: other.name, named: other.named, pairs: pairs} LIMIT 20
       } AS disagreesWith`,
    { id, limit: int(limit) },
  );
  const record = result.records[0];
  if (!record) return null;
  const counted = (rows: { pairs: unknown }[]) => rows.map((row) => ({ ...row, pairs: Number(row.pairs) }));
  return {
    speaker: record.get("speaker"),
    claims: record.get("claims"),
    shows: (record.get("shows") as { show: string; sources: unknown }[]).map((row) => ({ ...row, sources: Number(row.sources) })),
    agreesWith: counted(record.get("agreesWith")),
    disagreesWith: counted(record.get("disagreesWith")),
  } as SpeakerPage;
}

export interface EvidenceRow {
  readonly sources: number;
  readonly shows: number;
  readonly speakers: { id: SpeakerId; name: string; named: boolean }[];
  readonly supporting: number;
  readonly contradicting: number;
}

/** How widely an insight was said and how its related claims stand to it; null when unknown. */
export async function findInsightEvidence(tx: ManagedTransaction, id: InsightId): Promise<EvidenceRow | null> {
  const result = await tx.run(
    `MATCH (i:Insight {id: $id})
     RETURN ${EVIDENCE_COUNTS.sources} AS sources,
       ${EVIDENCE_COUNTS.shows} AS shows,
       COLLECT { MATCH (i)-[:SAID_BY]->(sp:Speaker) WITH DISTINCT sp ORDER BY sp.name RETURN {id: sp.id, name: sp.name, named: sp.named} } AS speakers,
       COUNT { MATCH (i)-[r:RELATED_TO]-(b:Insight) WHERE b <> i AND r.relation IN ['supports', 'extends', 'same'] RETURN DISTINCT b } AS supporting,
       COUNT { MATCH (i)-[r:RELATED_TO]-(b:Insight) WHERE b <> i AND r.relation = 'contradicts' RETURN DISTINCT b } AS contradicting`,
    { id },
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    sources: Number(record.get("sources")),
    shows: Number(record.get("shows")),
    speakers: record.get("speakers"),
    supporting: Number(record.get("supporting")),
    contradicting: Number(record.get("contradicting")),
  };
}

/**
 * What deleted sources said: their SAID_BY links go (a claim kept by another source keeps that
 * source's speakers), then speakers left with nothing said. Before the sources themselves go.
 */
export async function forgetSpeechOfSources(tx: ManagedTransaction, sourceIds: readonly string[]): Promise<void> {
  if (sourceIds.length === 0) return;
  await tx.run(
    `UNWIND $sourceIds AS sourceId
     MATCH (:Insight)-[said:SAID_BY {sourceId: sourceId}]->(sp:Speaker)
     WITH collect(DISTINCT sp) AS speakers, collect(said) AS links
     FOREACH (link IN links | DELETE link)
     WITH speakers
     UNWIND speakers AS sp
     WITH sp WHERE NOT EXISTS { (:Insight)-[:SAID_BY]->(sp) }
     DELETE sp`,
    { sourceIds },
  );
}
