import type { ReadingListDocument, ReadingListItem } from "@shared/api/readingListDocument";
import type { Crux, CruxSide } from "@shared/api/speakers";
import { CRUXES_HEADING, changedMindLine, momentOf } from "./cruxes";
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

/** A crux side: its claim, with its quote and each speaker's source and moment (a link to it) as children. */
function sideOutline(side: CruxSide, lead: string): string[] {
  const children = side.quote ? [`${outline(`“${side.quote}”`)}/>`] : [];
  for (const said of side.said) {
    const moment = momentOf(said);
    const url = safeHttpUrl(moment.timestampUrl) ?? safeHttpUrl(said.source.url);
    const label = [said.speaker.name, said.source.title, said.source.show, atTime(moment.startSec, moment.endSec)].filter(Boolean).join(" · ");
    children.push(`${outline(label, url ? { type: "link", url } : {})}/>`);
  }
  const open = outline(`${lead}${side.text}`, { _note: side.quote ? oneLine(side.quote) : null });
  if (children.length === 0) return [`        ${open}/>`];
  return [`        ${open}>`, ...children.map((child) => `          ${child}`), "        </outline>"];
}

/** The Cruxes outline, none when there are none: a crux per child, its two sides and who changed their mind under it. */
function cruxesOutline(cruxes: readonly Crux[]): string[] {
  if (cruxes.length === 0) return [];
  const each = cruxes.flatMap((crux) => {
    const [first, second] = crux.sides;
    const changed = changedMindLine(crux);
    return [
      `      ${outline(`${first.text} / against / ${second.text}`)}>`,
      ...sideOutline(first, ""),
      ...sideOutline(second, "Against: "),
      ...(changed ? [`        ${outline(changed)}/>`] : []),
      "      </outline>",
    ];
  });
  return [`    ${outline(CRUXES_HEADING)}>`, ...each, "    </outline>"];
}

/**
 * OPML 2.0 for outliners: the cruxes, then a section per outline, each claim under it with its
 * quote, its source (a link to the moment when there is a timestamp) and its topics as children.
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
    ...cruxesOutline(document.cruxes),
    ...document.sections.flatMap((section) => [`    ${outline(section.title)}>`, ...section.items.flatMap(itemOutline), "    </outline>"]),
    `  </body>`,
    `</opml>`,
    "",
  ].join("\n");
}
