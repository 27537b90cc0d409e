import type { ReadingListDocument } from "@shared/api/readingListDocument";
import type { Crux, SpeakerRef } from "@shared/api/speakers";
import { stringify } from "csv-stringify/sync";
import { CRUXES_HEADING, momentOf } from "./cruxes";
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
  // Last, so a sheet made for the columns before still reads them where they were.
  "speakers",
] as const;

const time = (seconds: number | null) => (seconds === null ? "" : formatTimestamp(seconds));
const names = (speakers: readonly SpeakerRef[]) =>
  speakers
    .filter((speaker) => speaker.named)
    .map((speaker) => speaker.name)
    .join("; ");

const speakerCell = (speaker: SpeakerRef, changedMind: ReadonlySet<string>) =>
  changedMind.has(speaker.id) ? `${speaker.name} (changed their mind)` : speaker.name;

/**
 * The Cruxes as rows after the items, section "Cruxes", numbered by crux: a row per speaker heard
 * on a side (a side said by two people is two rows), the first side's role `crux`, the second's
 * `against` it; a speaker heard on both sides is marked as having changed their mind.
 */
function cruxRows(cruxes: readonly Crux[]): string[][] {
  return cruxes.flatMap((crux, index) => {
    const changed = new Set(crux.changedMind.map((speaker) => speaker.id));
    return crux.sides.flatMap((side, at) =>
      // A side whose speakers are gone since it was listed still has its row.
      (side.said.length > 0 ? side.said : [null]).map((said) => {
        const moment = said ? momentOf(said) : { startSec: null, endSec: null, timestampUrl: null };
        return [
          CRUXES_HEADING,
          String(index + 1),
          at === 0 ? "crux" : "against",
          at === 0 ? "" : crux.sides[0].id,
          oneLine(side.text),
          oneLine(side.quote ?? ""),
          "",
          said?.source.title ?? "",
          said?.source.show ?? "",
          safeHttpUrl(said?.source.url) ?? "",
          isoDay(said?.source.publishedAt) ?? "",
          time(moment.startSec),
          time(moment.endSec),
          safeHttpUrl(moment.timestampUrl) ?? "",
          "",
          "",
          side.id,
          said ? speakerCell(said.speaker, changed) : "",
        ];
      }),
    );
  });
}

/** One row per item, in reading order, then the cruxes, with a header row; every text cell guarded against formulas. */
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
      time(item.startSec),
      time(item.endSec),
      safeHttpUrl(item.timestampUrl) ?? "",
      item.strength.toFixed(4),
      item.alsoSaidIn.map((d) => d.source?.title ?? d.id).join("; "),
      item.id,
      names(item.speakers),
    ]),
  );
  return stringify([[...csvColumns], ...[...rows, ...cruxRows(document.cruxes)].map((row) => row.map(guardCell))], { record_delimiter: "\r\n" });
}
