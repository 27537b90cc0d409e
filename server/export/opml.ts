import type { ReadingListDocument, ReadingListItem } from "@shared/api/readingListDocument";
import { atTime, escapeXml as e, oneLine, safeHttpUrl } from "./text";

const outline = (text: string, extra: Record<string, string | null> = {}) => {
  const attributes = Object.entries(extra)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${e(value)}"`)
    .join("");
  return `<outline text="${e(oneLine(text))}"${attributes}`;
};

function itemOutline(item: ReadingListItem): string[] {
  const url = safeHttpUrl(item.timestampUrl) ?? safeHttpUrl(item.source?.url);
  const children: string[] = [];
  if (item.quote) children.push(`${outline(`“${item.quote}”`)}/>`);
  if (item.source) {
    const label = [item.source.title, item.source.show, atTime(item.startSec, item.endSec)].filter(Boolean).join(" · ");
    children.push(`${outline(label, url ? { type: "link", url } : {})}/>`);
  }
  if (item.topics.length > 0) children.push(`${outline(`Topics: ${item.topics.map((topic) => topic.name).join(", ")}`)}/>`);
  const open = outline(item.text, { _note: item.quote ? oneLine(item.quote) : null });
  if (children.length === 0) return [`      ${open}/>`];
  return [`      ${open}>`, ...children.map((child) => `        ${child}`), "      </outline>"];
}

/**
 * OPML 2.0 for outliners: a section per outline, each claim under it with its quote, its source
 * (a link to the moment when there is a timestamp) and its topics as children.
 */
export function toOpml(document: ReadingListDocument): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<opml version="2.0">`,
    `  <head>`,
    `    <title>${e(document.title)}</title>`,
    `    <dateCreated>${new Date(document.generatedAt).toUTCString()}</dateCreated>`,
    `  </head>`,
    `  <body>`,
    ...document.sections.flatMap((section) => [`    ${outline(section.title)}>`, ...section.items.flatMap(itemOutline), "    </outline>"]),
    `  </body>`,
    `</opml>`,
    "",
  ].join("\n");
}
