import type { ListSource, ReadingListDocument, ReadingListItem } from "@shared/api/readingListDocument";
import type { Crux } from "@shared/api/speakers";
import { transitionWords } from "@shared/transition";
import { CRUXES_HEADING, CRUXES_NOTE, changedMindLine, momentOf } from "./cruxes";
import { atTime, escapeXml as e, isoDay, safeHttpUrl } from "./text";

/** Printable on paper as well as on screen: one column, links spelled out when printed. */
const STYLE = `
body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: #1d2330; max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.7rem; line-height: 1.2; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #dde2ea; }
.meta, .source, .topics, .also, .role, footer { color: #5b6475; font-size: 0.9rem; font-family: system-ui, sans-serif; }
ol.items > li { margin: 0 0 1.2rem; } .claim { font-weight: 600; margin: 0 0 0.3rem; }
.against { font-style: italic; margin: 0.4rem 0 0.2rem; }
blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid #dde2ea; font-style: italic; }
a { color: #3548b8; }
@media print { body { margin: 0; max-width: none; } nav { page-break-after: always; } section h2 { page-break-after: avoid; }
  li { page-break-inside: avoid; } a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; word-break: break-all; } }
`;

/** A link when there is a safe url, else the text in `fallback` (a title is a `cite`). */
const anchor = (url: string | null, text: string, fallback = "cite") =>
  url ? `<a href="${e(url)}">${e(text)}</a>` : `<${fallback}>${e(text)}</${fallback}>`;

function sourceHtml(source: Pick<ListSource, "title" | "url" | "show" | "publishedAt">, item: Pick<ReadingListItem, "startSec" | "endSec" | "timestampUrl">): string {
  const parts = [anchor(safeHttpUrl(source.url), source.title)];
  if (source.show) parts.push(e(source.show));
  const at = atTime(item.startSec, item.endSec);
  if (at) parts.push(anchor(safeHttpUrl(item.timestampUrl), at, "span"));
  const day = isoDay(source.publishedAt);
  if (day) parts.push(`<time datetime="${e(day)}">${e(day)}</time>`);
  return parts.join(" · ");
}

function itemHtml(item: ReadingListItem, numbers: ReadonlyMap<string, number>): string {
  const respondsTo = item.respondsTo ? numbers.get(item.respondsTo) : undefined;
  const parts = [`<li id="insight-${e(item.id)}" data-role="${e(item.role)}">`, `<p class="claim">${e(item.text)}</p>`];
  const transition = transitionWords(item);
  if (respondsTo && transition) {
    parts.push(`<p class="role">${e(transition)} <a href="#insight-${e(item.respondsTo!)}">${respondsTo}</a></p>`);
  }
  if (item.quote) parts.push(`<blockquote><p>${e(item.quote)}</p></blockquote>`);
  if (item.source) parts.push(`<p class="source">${sourceHtml(item.source, item)}</p>`);
  if (item.topics.length > 0) parts.push(`<p class="topics">Topics: ${item.topics.map((topic) => e(topic.name)).join(", ")}</p>`);
  const also = item.alsoSaidIn.flatMap((d) => (d.source ? [sourceHtml(d.source, { startSec: null, endSec: null, timestampUrl: null })] : []));
  if (also.length > 0) parts.push(`<p class="also">Also said in: ${also.join("; ")}</p>`);
  parts.push("</li>");
  return parts.join("\n");
}

/** The Cruxes section, empty when there are none: each side's claim, quote, and who said it where and when. */
function cruxesHtml(cruxes: readonly Crux[]): string[] {
  if (cruxes.length === 0) return [];
  const items = cruxes.map((crux) => {
    const sides = crux.sides.flatMap((side, index) => [
      ...(index > 0 ? [`<p class="against">against</p>`] : []),
      `<p class="claim">${e(side.text)}</p>`,
      ...(side.quote ? [`<blockquote><p>${e(side.quote)}</p></blockquote>`] : []),
      ...side.said.map((said) => `<p class="source">${e(said.speaker.name)} · ${sourceHtml(said.source, momentOf(said))}</p>`),
    ]);
    const changed = changedMindLine(crux);
    return ["<li>", ...sides, ...(changed ? [`<p class="role">${e(changed)}</p>`] : []), "</li>"].join("\n");
  });
  return [`<section id="cruxes">`, `<h2>${CRUXES_HEADING}</h2>`, `<p class="meta">${e(CRUXES_NOTE)}</p>`, `<ol class="items">`, ...items, `</ol>`, `</section>`];
}

/**
 * A reading list as a standalone, printable HTML page. Every piece of text from the graph is
 * escaped and no source HTML is ever passed through; the page has no script.
 */
export function toHtml(document: ReadingListDocument): string {
  const count = document.sections.reduce((sum, section) => sum + section.items.length, 0);
  const toc = document.sections.map((section, i) => `<li><a href="#section-${i + 1}">${e(section.title)}</a></li>`).join("\n");
  const sections = document.sections.map((section, i) => {
    const numbers = new Map(section.items.map((item, position) => [item.id as string, position + 1]));
    return [
      `<section id="section-${i + 1}">`,
      `<h2>${i + 1}. ${e(section.title)}</h2>`,
      `<ol class="items">`,
      ...section.items.map((item) => itemHtml(item, numbers)),
      `</ol>`,
      `</section>`,
    ].join("\n");
  });
  return [
    "<!doctype html>",
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    `</head>`,
    `<body>`,
    `<header><h1>${e(document.title)}</h1>`,
    `<p class="meta">Generated <time datetime="${e(document.generatedAt)}">${e(document.generatedAt.slice(0, 10))}</time> · ${count} insights · topics: ${document.topics.map((t) => e(t.name)).join(", ")}</p></header>`,
    document.sections.length > 0 ? `<nav aria-labelledby="contents"><h2 id="contents">Contents</h2>\n<ol>\n${toc}\n</ol></nav>` : "",
    ...cruxesHtml(document.cruxes),
    ...sections,
    `<footer><h2>How this list was made</h2><p>${e(document.method)}</p></footer>`,
    `</body>`,
    `</html>`,
    "",
  ].join("\n");
}
