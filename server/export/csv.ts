import type { ReadingListDocument } from "@shared/api/readingListDocument";
import { stringify } from "csv-stringify/sync";
import { isoDay, oneLine, safeHttpUrl } from "./text";
import { formatTimestamp } from "@shared/format";

/**
 * A spreadsheet opens a cell starting with one of these as a formula (`=HYPERLINK(…)`), so such a
 * cell gets a leading apostrophe and is shown as the text it is (OWASP's CSV injection advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const guardCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

export const csvColumns = [
  "section",
  "position",
  "role",
  "responds_to",
  "insight",
  "quote",
  "topics",
  "source",
  "show",
  "source_url",
  "published",
  "timestamp",
  "timestamp_end",
  "timestamp_url",
  "strength",
  "also_said_in",
  "insight_id",
] as const;

/** One row per item, in reading order, with a header row; every text cell guarded against formulas. */
export function toCsv(document: ReadingListDocument): string {
  const rows = document.sections.flatMap((section) =>
    section.items.map((item, position) => [
      section.title,
      String(position + 1),
      item.role,
      item.respondsTo ?? "",
      oneLine(item.text),
      oneLine(item.quote ?? ""),
      item.topics.map((topic) => topic.name).join("; "),
      item.source?.title ?? "",
      item.source?.show ?? "",
      safeHttpUrl(item.source?.url) ?? "",
      isoDay(item.source?.publishedAt) ?? "",
      item.startSec === null ? "" : formatTimestamp(item.startSec),
      item.endSec === null ? "" : formatTimestamp(item.endSec),
      safeHttpUrl(item.timestampUrl) ?? "",
      item.strength.toFixed(4),
      item.alsoSaidIn.map((d) => d.source?.title ?? d.id).join("; "),
      item.id,
    ]),
  );
  return stringify([[...csvColumns], ...rows.map((row) => row.map(guardCell))], { record_delimiter: "\r\n" });
}
