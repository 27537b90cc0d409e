import type { InsightEntry } from "@shared/api/readingListDocument";
import type { z } from "zod";
import type { ThemeInsightRow } from "../repositories/themeRows";
import { timestampUrl } from "@shared/format";

export type Entry = z.infer<typeof InsightEntry>;

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
