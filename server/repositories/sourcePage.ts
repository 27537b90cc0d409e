import type { SourceInsight } from "@shared/api/sourcePage";
import type { SpeakerRef } from "@shared/api/speakers";
import type { SourceId } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";
import { toSummary } from "./insights";
import { reingestFrom, type SourceRecord } from "./sourceCatalog";

/** Enough of the stored copy's JSON to read the format it starts with, without reading a long transcript. */
const DOCUMENT_HEAD = 64;

export interface SourcePageRecord {
  readonly source: SourceRecord;
  /** The stored copy's first characters; null when none was kept. */
  readonly documentHead: string | null;
  readonly speakers: SpeakerRef[];
  readonly insights: SourceInsight[];
}

/**
 * A source with its speakers and its insights in source order, in one read; null when unknown.
 * Times come from this source's FROM link, since a claim shared with another source keeps the
 * first source's times on the insight itself; its end is only known when both agree.
 */
export async function findSourcePage(tx: ManagedTransaction, id: SourceId): Promise<SourcePageRecord | null> {
  const result = await tx.run(
    `MATCH (s:Source {id: $id})
     RETURN {
         id: s.id, title: s.title, show: s.show, kind: s.kind, url: s.url,
         publishedAt: s.publishedAt, ingestedAt: toString(s.ingestedAt),
         insightCount: COUNT { (s)<-[:FROM]-(:Insight) },
         reingest: ${reingestFrom}
       } AS source,
       substring(s.document, 0, $head) AS documentHead,
       COLLECT {
         MATCH (s)<-[f:FROM]-(:Insight)-[said:SAID_BY]->(sp:Speaker) WHERE said.sourceId = s.id
         WITH sp, min(f.position) AS first ORDER BY first, sp.name
         RETURN {id: sp.id, name: sp.name, named: sp.named}
       } AS speakers,
       COLLECT {
         MATCH (s)<-[f:FROM]-(i:Insight)
         WITH i, f ORDER BY f.position, i.id
         RETURN {
           id: i.id, text: i.text, startSec: f.startSec,
           endSec: CASE WHEN f.startSec IS NOT NULL AND f.startSec = i.startSec THEN i.endSec END,
           topics: [(i)-[a:ABOUT]->(t:Topic) | {slug: t.slug, name: t.name, weight: a.weight}],
           speaker: COLLECT {
             MATCH (i)-[said:SAID_BY]->(sp:Speaker) WHERE said.sourceId = s.id
             RETURN {id: sp.id, name: sp.name, named: sp.named} ORDER BY sp.name LIMIT 1
           }[0]
         }
       } AS insights`,
    { id, head: int(DOCUMENT_HEAD) },
  );
  const record = result.records[0];
  if (!record) return null;
  type Row = SourceInsight & { topics: { slug: string; name: string; weight: number }[] };
  return {
    source: record.get("source"),
    documentHead: record.get("documentHead") ?? null,
    speakers: record.get("speakers"),
    insights: (record.get("insights") as Row[]).map((row) => ({
      ...row,
      ...toSummary(row),
      startSec: row.startSec ?? null,
      endSec: row.endSec ?? null,
      speaker: row.speaker ?? null,
    })),
  };
}
