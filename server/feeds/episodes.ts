import { limits } from "@shared/limits";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { FeedPerson } from "../speakers/feedPersons";

type Node = Record<string, unknown>;

/** A transcript an episode links to (`podcast:transcript`), with its declared type. */
export interface TranscriptLink {
  readonly url: string;
  readonly type: string;
}

/** One item of a followed feed, with what reading it needs. */
export interface Episode {
  /** The guid, else the enclosure URL, else the link: how an episode is recognised next time. */
  readonly key: string;
  readonly title: string;
  readonly link?: string;
  readonly publishedAt?: string;
  /** Show notes as the feed has them (HTML, often escaped). */
  readonly notes?: string;
  readonly transcripts: readonly TranscriptLink[];
  readonly enclosure?: { readonly url: string; readonly type?: string; readonly bytes?: number };
  readonly chaptersUrl?: string;
  /** Hosts and guests the feed names (`podcast:person`): the episode's own, then the show's. */
  readonly persons: readonly FeedPerson[];
}

export interface FeedDocument {
  readonly title?: string;
  readonly episodes: readonly Episode[];
}

/** Why a fetched document cannot be followed as a feed. */
export class NotAFeedError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  isArray: (name) => ["item", "entry", "link", "podcast:transcript", "enclosure", "podcast:person"].includes(name),
  // NOTE: feeds are untrusted; the parser's caps on entity expansion stay on.
  processEntities: { enabled: true, maxTotalExpansions: 100_000, maxExpandedLength: 2_000_000 },
});

function textOf(value: unknown): string | undefined {
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || undefined;
  if (value && typeof value === "object" && "#text" in value) return textOf((value as Node)["#text"]);
  return undefined;
}

const asNodes = (value: unknown): Node[] => (Array.isArray(value) ? value : value ? [value] : []).filter((v): v is Node => typeof v === "object" && v !== null);
const httpUrl = (value: string | undefined) => (value && /^https?:\/\/\S+$/i.test(value) && value.length <= limits.url ? value : undefined);

function isoDate(value: string | undefined): string | undefined {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function transcriptsOf(item: Node): TranscriptLink[] {
  return asNodes(item["podcast:transcript"]).flatMap((t) => {
    const url = httpUrl(textOf(t["@_url"]));
    return url ? [{ url, type: String(t["@_type"] ?? "").toLowerCase() }] : [];
  });
}

/**
 * `podcast:person` elements with the role host or guest. The Podcasting 2.0 namespace makes
 * "host" the default role; other roles (producer, editor…) say nothing about who speaks.
 */
function personsOf(node: Node | undefined): FeedPerson[] {
  // An element without attributes parses as its text alone.
  const people = ((node?.["podcast:person"] as unknown[] | undefined) ?? []).map((person) => (typeof person === "string" ? { "#text": person } : person));
  return asNodes(people).flatMap((person) => {
    const name = textOf(person)?.slice(0, limits.title);
    const role = (textOf(person["@_role"]) ?? "host").toLowerCase();
    return name && (role === "host" || role === "guest") ? [{ name, role }] : [];
  });
}

function enclosureOf(item: Node): Episode["enclosure"] {
  const rss = asNodes(item.enclosure)[0];
  const atom = asNodes(item.link).find((l) => l["@_rel"] === "enclosure");
  const node = rss ?? atom;
  const url = httpUrl(textOf(node?.["@_url"]) ?? textOf(node?.["@_href"]));
  if (!node || !url) return undefined;
  const bytes = Number(node["@_length"]);
  const type = textOf(node["@_type"]);
  return { url, ...(type && { type }), ...(Number.isFinite(bytes) && bytes > 0 && { bytes }) };
}

function episodeOf(item: Node, atom: boolean, index: number, showPersons: readonly FeedPerson[]): Episode | null {
  const links = asNodes(item.link);
  const link = atom
    ? httpUrl(textOf((links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0])?.["@_href"]))
    : httpUrl(textOf(Array.isArray(item.link) ? item.link[0] : item.link));
  const enclosure = enclosureOf(item);
  const guid = textOf(atom ? item.id : item.guid);
  const key = (guid ?? enclosure?.url ?? link)?.slice(0, limits.url);
  if (!key) return null;
  const title = (textOf(item.title) ?? `Episode ${index + 1}`).slice(0, limits.title);
  const notes = atom ? (textOf(item.content) ?? textOf(item.summary)) : (textOf(item["content:encoded"]) ?? textOf(item.description) ?? textOf(item["itunes:summary"]));
  const publishedAt = isoDate(atom ? (textOf(item.published) ?? textOf(item.updated)) : (textOf(item.pubDate) ?? textOf(item["dc:date"])));
  const chaptersUrl = httpUrl(textOf((item["podcast:chapters"] as Node | undefined)?.["@_url"]));
  return {
    key,
    title,
    transcripts: transcriptsOf(item),
    persons: [...personsOf(item), ...showPersons],
    ...(link && { link }),
    ...(publishedAt && { publishedAt }),
    ...(notes && { notes }),
    ...(enclosure && { enclosure }),
    ...(chaptersUrl && { chaptersUrl }),
  };
}

/**
 * Reads an RSS 2.0 or Atom feed into its episodes, newest first; an item with neither a guid, an
 * enclosure nor a link cannot be recognised next time and is left out.
 */
export function readFeed(xml: string): FeedDocument {
  const start = xml.trimStart().slice(0, 1);
  if (start !== "<") throw new NotAFeedError("the address answered with something that is not XML (is it the podcast's web page rather than its feed?)");
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype html|<html)/i.test(xml)) {
    throw new NotAFeedError("the address is a web page (HTML), not an RSS or Atom feed; look on it for the podcast's RSS link");
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new NotAFeedError(`the feed does not parse: line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const root = parser.parse(xml) as Node;
  const channel = asNodes((root.rss as Node | undefined)?.channel)[0] ?? asNodes((root["rdf:RDF"] as Node | undefined)?.channel)[0];
  const feed = root.feed as Node | undefined;
  if (!channel && !feed) throw new NotAFeedError("not an RSS or Atom feed (no <channel> or <feed>; is it a web page?)");
  const atom = !channel;
  const items = atom ? asNodes(feed?.entry) : asNodes(channel?.item ?? (root["rdf:RDF"] as Node | undefined)?.item);
  const showPersons = personsOf(channel);
  const episodes = items.flatMap((item, i) => episodeOf(item, atom, i, showPersons) ?? []);
  const sorted = [...episodes].sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""));
  const title = textOf((channel ?? feed)?.title)?.slice(0, limits.title);
  return { ...(title && { title }), episodes: sorted };
}
