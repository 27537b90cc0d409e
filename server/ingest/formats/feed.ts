import type { SourceMeta } from "@shared/api/sources";
import { limits } from "@shared/limits";
import { decodeHTML } from "entities";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { dropRepeatedAcrossItems } from "./boilerplate";
import { blockTexts, loadPage } from "./html";
import { InputError, type ParsedDocument } from "./types";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  isArray: (name) => ["item", "entry", "link", "podcast:transcript"].includes(name),
  // NOTE: feeds are untrusted; the parser's own caps on entity definitions and expansion stay
  // on (a crafted DOCTYPE cannot blow up memory), sized so a long real feed still parses.
  processEntities: { enabled: true, maxTotalExpansions: 100_000, maxExpandedLength: 2_000_000 },
});

/**
 * The text of an element that may be a string, a number or `{ "#text": ... }` with attributes.
 * Entities escaped twice (`&amp;#39;`) are left by the XML parser as `&#39;`, so they are decoded once more.
 */
function textOf(value: unknown): string | undefined {
  if (typeof value === "string" || typeof value === "number") return decodeHTML(String(value)).trim() || undefined;
  if (value && typeof value === "object" && "#text" in value) return textOf((value as Node)["#text"]);
  return undefined;
}

const asNodes = (value: unknown): Node[] => (Array.isArray(value) ? value : value ? [value] : []).filter((v): v is Node => typeof v === "object" && v !== null);

/** Show notes are HTML (often escaped once more); read as paragraphs of plain text. */
export function notesToText(notes: string): string {
  const unescaped = /&lt;\w/.test(notes) && !/<\w/.test(notes) ? notes.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&") : notes;
  const body = loadPage(`<body>${unescaped}</body>`).body;
  const blocks = body ? blockTexts(body) : [];
  return blocks.length > 0 ? blocks.join("\n\n") : (body?.textContent ?? "").replace(/\s+/g, " ").trim();
}

const httpUrl = (value: string | undefined) => (value && /^https?:\/\/\S+$/.test(value) && value.length <= limits.url ? value : undefined);

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

// Subtitles keep times, so they are preferred over plain text and HTML transcripts.
const transcriptPreference = ["text/vtt", "application/srt", "application/x-subrip", "text/srt", "text/plain", "text/html"];

function transcriptOf(item: Node): string | undefined {
  const links = asNodes(item["podcast:transcript"])
    .map((t) => ({ url: httpUrl(textOf(t["@_url"])), rank: transcriptPreference.indexOf(String(t["@_type"] ?? "")) }))
    .filter((t): t is { url: string; rank: number } => t.url !== undefined && t.rank >= 0)
    .sort((a, b) => a.rank - b.rank);
  return links[0]?.url;
}

function atomLink(entry: Node): string | undefined {
  const links = asNodes(entry.link);
  const alternate = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
  return httpUrl(textOf(alternate?.["@_href"]));
}

interface FeedItem {
  readonly title?: string;
  readonly link?: string;
  readonly date?: string;
  readonly notes?: string;
  readonly transcriptUrl?: string;
}

function readItems(root: Node): { show?: string; items: FeedItem[] } {
  const channel = asNodes((root.rss as Node | undefined)?.channel)[0];
  if (channel) {
    return {
      show: textOf(channel.title),
      items: asNodes(channel.item).map((item) => ({
        title: textOf(item.title),
        link: httpUrl(textOf(Array.isArray(item.link) ? item.link[0] : item.link)) ?? httpUrl(textOf(item.guid)),
        date: isoDate(textOf(item.pubDate) ?? textOf(item["dc:date"])),
        notes: textOf(item["content:encoded"]) ?? textOf(item.description) ?? textOf(item["itunes:summary"]),
        transcriptUrl: transcriptOf(item),
      })),
    };
  }
  const feed = root.feed as Node | undefined;
  if (!feed) throw new Error("neither an RSS <channel> nor an Atom <feed>");
  return {
    show: textOf(feed.title),
    items: asNodes(feed.entry).map((entry) => ({
      title: textOf(entry.title),
      link: atomLink(entry),
      date: isoDate(textOf(entry.published) ?? textOf(entry.updated)),
      notes: textOf(entry.content) ?? textOf(entry.summary),
      transcriptUrl: transcriptOf(entry),
    })),
  };
}

/**
 * A podcast RSS or Atom feed: each item becomes a source (title, show, link, date) whose text is
 * its show notes, less what every item repeats (sign-offs, sponsor reads); a `podcast:transcript`
 * link is left for the pipeline to fetch and add.
 */
export function parseFeed(origin: string, xml: string, meta: Partial<SourceMeta> = {}): ParsedDocument[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(origin, `malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  let feed: { show?: string; items: FeedItem[] };
  try {
    feed = readItems(parser.parse(xml) as Node);
  } catch (error) {
    throw new InputError(origin, `not a feed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (feed.items.length === 0) throw new InputError(origin, "the feed has no items");
  const texts = dropRepeatedAcrossItems(feed.items.map((item) => (item.notes ? notesToText(item.notes) : "")));
  return feed.items.map((item, i) => {
    const text = texts[i] ?? "";
    const show = meta.show ?? feed.show;
    return {
      format: "feed",
      meta: {
        title: (item.title ?? `${feed.show ?? "Episode"} #${i + 1}`).slice(0, limits.title),
        kind: "podcast-episode",
        ...(show && { show: show.slice(0, limits.title) }),
        ...(item.link && { url: item.link }),
        ...(item.date && { publishedAt: item.date }),
        ...meta,
      },
      body: { type: "text", text },
      ...(item.transcriptUrl && { transcriptUrl: item.transcriptUrl }),
    };
  });
}
