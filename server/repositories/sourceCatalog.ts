import type { SourceSort } from "@shared/api/sourceCatalog";
import type { SourceId } from "@shared/ids";
import type { SourceKind } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";

/** A source as stored, with how many insights it supports. */
export interface SourceRecord {
  readonly id: SourceId;
  readonly title: string;
  readonly show: string | null;
  readonly kind: SourceKind;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly ingestedAt: string | null;
  readonly insightCount: number;
  readonly reingest: "url" | "stored" | null;
}

/** How a re-ingest would read `s` (fetched again, its stored copy, or not at all), as Cypher. */
export const reingestFrom = "CASE WHEN s.readFrom IS NOT NULL THEN 'url' WHEN s.document IS NOT NULL THEN 'stored' END";

/**
 * Sources whose title or show contains `q` (any case), in the order asked (ties and `title` by
 * title), and how many match.
 */
export async function listSources(
  tx: ManagedTransaction,
  options: { readonly q?: string; readonly sort: SourceSort; readonly limit: number },
): Promise<{ sources: SourceRecord[]; total: number }> {
  const result = await tx.run(
    `MATCH (s:Source)
     WHERE $q IS NULL OR toLower(s.title) CONTAINS $q OR toLower(coalesce(s.show, '')) CONTAINS $q
     WITH s, COUNT { (s)<-[:FROM]-(:Insight) } AS insightCount
     ORDER BY CASE $sort WHEN 'ingested' THEN s.ingestedAt END DESC,
              CASE $sort WHEN 'published' THEN s.publishedAt END DESC,
              CASE $sort WHEN 'insights' THEN insightCount END DESC,
              toLower(s.title), s.id
     WITH collect({
       id: s.id, title: s.title, show: s.show, kind: s.kind, url: s.url,
       publishedAt: s.publishedAt, ingestedAt: toString(s.ingestedAt), insightCount: insightCount,
       reingest: ${reingestFrom}
     }) AS listed
     RETURN listed[0..$limit] AS sources, size(listed) AS total`,
    { q: options.q ? options.q.toLowerCase() : null, sort: options.sort, limit: int(options.limit) },
  );
  const record = result.records[0];
  return { sources: record?.get("sources") ?? [], total: record?.get("total") ?? 0 };
}

/** Which of the given sources are in the graph. */
export async function findExistingSources(tx: ManagedTransaction, ids: readonly SourceId[]): Promise<SourceId[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (s:Source {id: id})
     RETURN collect(s.id) AS found`,
    { ids },
  );
  return (result.records[0]?.get("found") ?? []) as SourceId[];
}
