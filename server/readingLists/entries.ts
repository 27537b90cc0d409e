import type { InsightEntry } from "@shared/api/readingListDocument";
import type { z } from "zod";
import type { ThemeInsightRow } from "../repositories/themeRows";

export type Entry = z.infer<typeof InsightEntry>;

/**
 * The source url pointing at the moment the quote starts, as a W3C media fragment (`#t=754`),
 * which browsers' media players and most podcast pages honour. Only http(s) urls are linked.
 */
export function timestampUrl(url: string | null, startSec: number | null): string | null {
  if (!url || startSec === null) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    parsed.hash = `t=${Math.max(0, Math.floor(startSec))}`;
    return parsed.href;
  } catch {
    return null;
  }
}

/** An insight as lists and briefs show it, with the near-duplicates folded into it. */
export function toEntry(row: ThemeInsightRow, folded: readonly ThemeInsightRow[] = []): Entry {
  return {
    id: row.id,
    text: row.text,
    quote: row.quote,
    startSec: row.startSec,
    endSec: row.endSec,
    timestampUrl: timestampUrl(row.source?.url ?? null, row.startSec),
    topics: row.topics.map(({ slug, name }) => ({ slug, name })),
    source: row.source,
    speakers: row.speakers,
    alsoSaidIn: folded.map((duplicate) => ({ id: duplicate.id, source: duplicate.source })),
  };
}
