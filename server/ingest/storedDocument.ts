import { SourceFormat } from "@shared/api/sources";
import { z } from "zod";
import type { DocumentBody, ParsedDocument } from "./formats";

/**
 * What a source keeps of its input so it can be read again by a later extractor (a re-ingest):
 * the document as its parser gave it, and the URL it was fetched from. Stored as JSON text on the
 * Source node, so a restart and a backup carry it like any other property.
 */
export interface StoredDocument {
  readonly document: string;
  readonly readFrom: string | null;
}

const Turn = z.object({
  text: z.string(),
  speaker: z.string().optional(),
  startSec: z.number().optional(),
  cues: z.array(z.object({ offset: z.number(), startSec: z.number() })).optional(),
  cueEnds: z.array(z.object({ offset: z.number(), endSec: z.number() })).optional(),
});

/** Only bodies an extractor or a page's own list made are kept: ready-made insights have nothing to read again. */
const StoredBody = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string(), turns: z.array(Turn).optional() }),
  z.object({ type: z.literal("listed"), headline: z.string().nullable(), claims: z.array(z.string()) }),
]);

const Stored = z.object({ format: SourceFormat, body: StoredBody });

/** The stored form of a parsed document, or null for ready-made insights. */
export function storeDocument(doc: ParsedDocument): StoredDocument | null {
  if (doc.body.type === "insights") return null;
  return { document: JSON.stringify({ format: doc.format, body: doc.body }), readFrom: doc.readFrom ?? null };
}

/** A stored document read back; null when the text is not one (written by hand, or by a newer version). */
export function readStoredDocument(text: string): { format: SourceFormat; body: DocumentBody } | null {
  try {
    const parsed = Stored.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The format a stored copy was read as, from its first characters: `storeDocument` writes the
 * format first, so a page need not read a whole transcript to name it.
 */
export function storedFormat(head: string | null): SourceFormat | null {
  const match = head ? /^\{"format":"([a-z-]+)"/.exec(head) : null;
  const format = SourceFormat.safeParse(match?.[1]);
  return format.success ? format.data : null;
}
