import { createHash } from "node:crypto";
import type { InsightId, SourceId } from "@shared/ids";

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
