import type { Brief, BriefItem } from "@shared/api/brief";
import { Feed } from "feed";
import { themeName } from "../readingLists/build";
import { atTime, escapeXml as e, oneLine, safeHttpUrl } from "./text";

/** The entry as HTML for a feed reader, every piece of text escaped. */
function entryHtml(item: BriefItem): string {
  const parts = [`<p><strong>${e(item.text)}</strong></p>`];
  if (item.quote) parts.push(`<blockquote><p>${e(item.quote)}</p></blockquote>`);
  if (item.source) {
    const url = safeHttpUrl(item.source.url);
    const title = url ? `<a href="${e(url)}">${e(item.source.title)}</a>` : e(item.source.title);
    const at = atTime(item.startSec, item.endSec);
    const atUrl = safeHttpUrl(item.timestampUrl);
    const moment = at ? ` · ${atUrl ? `<a href="${e(atUrl)}">${e(at)}</a>` : e(at)}` : "";
    parts.push(`<p>${title}${item.source.show ? ` · ${e(item.source.show)}` : ""}${moment}</p>`);
  }
  parts.push(`<p>Topics: ${item.topics.map((topic) => e(topic.name)).join(", ")}</p>`);
  return parts.join("");
}

const validDate = (value: string | null | undefined) => {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
};

/**
 * The brief as an Atom feed: one entry per insight with a stable id (`urn:insight-graph:insight:…`),
 * so a feed reader shows each insight once, however often it polls. `appUrl` is where the app is
 * served, for the links back to each insight's page.
 */
export function toAtom(brief: Brief, appUrl: string, selfUrl: string): string {
  const topics = brief.topics.map((topic) => topic.slug).sort().join(",");
  const feed = new Feed({
    id: `urn:insight-graph:brief:${topics || "none"}`,
    title: brief.topics.length > 0 ? `Insight graph brief: ${themeName(brief.topics)}` : "Insight graph brief",
    description: brief.method,
    updated: new Date(brief.generatedAt),
    link: `${appUrl}/`,
    feedLinks: { atom: selfUrl },
    author: { name: "Insight graph" },
    generator: "Insight graph",
    copyright: "The quoted sources belong to their authors.",
  });
  for (const item of brief.items) {
    const published = validDate(item.source?.publishedAt);
    feed.addItem({
      id: `urn:insight-graph:insight:${item.id}`,
      // Feed libraries pass titles through as is: control characters would make the XML invalid.
      title: oneLine(item.text),
      link: `${appUrl}/insights/${item.id}`,
      date: published ?? new Date(brief.generatedAt),
      ...(published ? { published } : {}),
      description: oneLine(item.quote ?? item.text),
      content: entryHtml(item),
      category: item.topics.map((topic) => ({ name: topic.name, term: topic.slug })),
    });
  }
  return feed.atom1();
}
