import type { InsightId, SourceId } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import type { SourceRow } from "./insights";

/** A source as a re-ingest reads it back: who said it where, its stored input, and its insights now. */
export interface StoredSource extends SourceRow {
  /** The document as stored at its last ingest (JSON text), null for sources ingested before it was kept. */
  readonly document: string | null;
  readonly readFrom: string | null;
  readonly insightIds: InsightId[];
}

export async function findStoredSource(tx: ManagedTransaction, id: SourceId): Promise<StoredSource | null> {
  const result = await tx.run(
    `MATCH (s:Source {id: $id})
     RETURN s { .id, .title, .show, .kind, .url, .publishedAt, .document, .readFrom,
                insightIds: [(s)<-[:FROM]-(i:Insight) | i.id] } AS source`,
    { id },
  );
  const row = result.records[0]?.get("source") as (Omit<StoredSource, "show" | "url" | "publishedAt" | "document" | "readFrom"> & Partial<StoredSource>) | undefined;
  if (!row) return null;
  return { ...row, show: row.show ?? null, url: row.url ?? null, publishedAt: row.publishedAt ?? null, document: row.document ?? null, readFrom: row.readFrom ?? null };
}
