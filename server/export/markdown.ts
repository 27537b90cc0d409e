import type { ListSource, ReadingListDocument, ReadingListItem } from "@shared/api/readingListDocument";
import type { Crux, CruxSide } from "@shared/api/speakers";
import { countOf } from "@shared/format";
import { transitionWords } from "@shared/transition";
import { CRUXES_HEADING, CRUXES_NOTE, changedMindLine, momentOf } from "./cruxes";
import { atTime, isoDay, oneLine, safeHttpUrl } from "./text";

/** Backslash-escapes what Markdown would read as markup, so a claim is shown exactly as said. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_{}[\]()<>#+!|~]/g, "\\$&");
}

/** `[text](<url>)`: the angle brackets keep parentheses in a url from ending the link. */
const link = (text: string, url: string) => `[${escapeMarkdown(text)}](<${url}>)`;

/** The anchor GitHub and most renderers give a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

type SourceFields = Pick<ListSource, "title" | "url" | "show" | "publishedAt">;

function sourceLine(source: SourceFields | null, item: Pick<ReadingListItem, "startSec" | "endSec" | "timestampUrl">): string | null {
  if (!source) return null;
  const url = safeHttpUrl(source.url);
  const parts = [url ? link(source.title, url) : `*${escapeMarkdown(source.title)}*`];
  if (source.show) parts.push(escapeMarkdown(source.show));
  const at = atTime(item.startSec, item.endSec);
  const atUrl = safeHttpUrl(item.timestampUrl);
  if (at) parts.push(atUrl ? link(at, atUrl) : at);
  const day = isoDay(source.publishedAt);
  if (day) parts.push(day);
  return parts.join(" · ");
}

function itemLines(item: ReadingListItem, number: number, numbers: ReadonlyMap<string, number>): string[] {
  const respondsTo = item.respondsTo ? numbers.get(item.respondsTo) : undefined;
  const transition = transitionWords(item);
  const role = respondsTo && transition ? ` *(${transition} ${respondsTo})*` : "";
  const lines = [`${number}. **${escapeMarkdown(item.text)}**${role}`];
  if (item.quote) lines.push(`   > ${escapeMarkdown(item.quote)}`, "");
  const source = sourceLine(item.source, item);
  if (source) lines.push(`   Source: ${source}`);
  if (item.topics.length > 0) lines.push(`   Topics: ${item.topics.map((topic) => escapeMarkdown(topic.name)).join(", ")}`);
  const also = item.alsoSaidIn.flatMap((duplicate) => (duplicate.source ? [sourceLine(duplicate.source, { startSec: null, endSec: null, timestampUrl: null })!] : []));
  if (also.length > 0) lines.push(`   Also said in: ${also.join("; ")}`);
  return hardBreaks(lines);
}

/** Lines of one list item end in two spaces: a hard break, so each reads as its own line. */
const hardBreaks = (lines: readonly string[]) => lines.map((line, index) => (index < lines.length - 1 && line !== "" ? `${line}  ` : line));

/** A crux side's lines inside a list item: the claim, its quote, and each speaker with their source and moment. */
function sideLines(side: CruxSide, lead: string, noteOf: (side: CruxSide) => string): string[] {
  const lines = [`${lead}**${escapeMarkdown(side.text)}**${noteOf(side)}`];
  if (side.quote) lines.push(`   > ${escapeMarkdown(side.quote)}`, "");
  const said = side.said.map((moment) => `${escapeMarkdown(moment.speaker.name)} · ${sourceLine(moment.source, momentOf(moment))}`);
  if (said.length > 0) lines.push(`   Said by: ${said.join("; ")}`);
  return lines;
}

/**
 * The Cruxes section, nothing when there are none: each crux one numbered item, its two sides
 * with who said them, where and when. `noteOf` adds a link to a side's own note (the vault's).
 */
export function cruxLines(cruxes: readonly Crux[], noteOf: (side: CruxSide) => string = () => ""): string[] {
  if (cruxes.length === 0) return [];
  const out = [`## ${CRUXES_HEADING}`, "", escapeMarkdown(CRUXES_NOTE), ""];
  cruxes.forEach((crux, index) => {
    const [first, second] = crux.sides;
    const changed = changedMindLine(crux);
    const lines = [...sideLines(first, `${index + 1}. `, noteOf), ...sideLines(second, "   *against* ", noteOf), ...(changed ? [`   ${escapeMarkdown(changed)}`] : [])];
    out.push(...hardBreaks(lines), "");
  });
  return out;
}

/** A reading list as Markdown: title, a table of contents linking to each section, the cruxes, then the sections. */
export function toMarkdown(document: ReadingListDocument): string {
  const count = document.sections.reduce((sum, section) => sum + section.items.length, 0);
  const headings = document.sections.map((section, index) => `${index + 1}. ${section.title}`);
  const out = [`# ${escapeMarkdown(document.title)}`, ""];
  out.push(
    `Generated ${document.generatedAt.slice(0, 10)} · ${countOf(count, "insight")} in ${countOf(document.sections.length, "section")} · topics: ${document.topics.map((topic) => escapeMarkdown(topic.name)).join(", ")}`,
    "",
  );
  if (document.sections.length > 0) {
    out.push("## Contents", "");
    headings.forEach((heading, index) => out.push(`${index + 1}. [${escapeMarkdown(document.sections[index]!.title)}](#${headingAnchor(heading)})`));
    out.push("");
  }
  out.push(...cruxLines(document.cruxes));
  document.sections.forEach((section, index) => {
    out.push(`## ${escapeMarkdown(headings[index]!)}`, "");
    const numbers = new Map(section.items.map((item, position) => [item.id as string, position + 1]));
    section.items.forEach((item, position) => out.push(...itemLines(item, position + 1, numbers), ""));
  });
  out.push("## How this list was made", "", escapeMarkdown(document.method), "");
  return out.join("\n");
}
