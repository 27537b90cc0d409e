import { createHash } from "node:crypto";
import type { InsightId, SourceId, TopicSlug } from "@shared/ids";
import type { SourceKind } from "@shared/schemas/entities";

/** Rows for one idempotent write: everything a source (or an API call) adds to the graph. */
export interface InsightBatch {
  readonly sources: readonly SourceRow[];
  readonly insights: readonly InsightRow[];
  /** Where each insight was found: its place in the source, and who said it when (provenance). */
  readonly from: readonly {
    insightId: InsightId;
    sourceId: SourceId;
    position: number;
    speaker: string | null;
    startSec: number | null;
  }[];
  readonly topics: readonly TopicRow[];
  readonly about: readonly { insightId: InsightId; slug: TopicSlug; weight: number }[];
}

export interface TopicRow {
  readonly slug: TopicSlug;
  readonly name: string;
  /** Other names of a curated topic, searchable through the full-text index. */
  readonly aliases: readonly string[];
}

export interface SourceRow {
  readonly id: SourceId;
  readonly kind: SourceKind;
  readonly title: string;
  readonly show: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
}

export interface InsightRow {
  readonly id: InsightId;
  readonly text: string;
  readonly quote: string | null;
  readonly startSec: number | null;
  readonly extractor: string;
  readonly confidence: number;
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

/** Case, spacing, quotes and closing punctuation do not make a different claim. */
export function normaliseClaim(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/[\s.!;:,]+$/u, "")
    .trim();
}

export const insightIdOf = (text: string) => hash(normaliseClaim(text)) as InsightId;

/** A source is who said it where: its URL when it has one, else its title and text. */
export const sourceIdOf = (source: { url?: string | null; title: string; text?: string }) =>
  hash(source.url ? `url:${source.url}` : `content:${source.title}\n${source.text ?? ""}`) as SourceId;
