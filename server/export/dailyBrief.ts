import type { DailyBrief } from "@shared/api/dailyBrief";
import { countOf } from "@shared/format";
import { Feed } from "feed";
import { atTime, escapeXml as e, oneLine, safeHttpUrl } from "./text";

export const dailyBriefTitle = (brief: Pick<DailyBrief, "id" | "items">) =>
  `Your brief for ${brief.id}: ${countOf(brief.items.length, "insight")}`;

/** The brief as plain text, for the email's text part. */
export function dailyBriefText(brief: DailyBrief): string {
  const lines = [dailyBriefTitle(brief), "", brief.note, ""];
  brief.items.forEach((item, n) => {
    lines.push(`${n + 1}. ${oneLine(item.text)}`);
    if (item.source) lines.push(`   ${[item.source.title, item.source.show, atTime(item.startSec)].filter(Boolean).map((p) => oneLine(p!)).join(" · ")}`);
    lines.push(`   ${item.url}`);
    if (item.related.length > 0) lines.push("   Related:");
    for (const related of item.related) lines.push(`   - ${oneLine(related.text)} (${oneLine(related.reason)}) ${related.url}`);
    lines.push("");
  });
  lines.push(`How it is picked: ${brief.method}`);
  return lines.join("\n");
}

/** The brief's body as HTML (every text escaped, only http(s) links), for the email and the feed. */
export function dailyBriefHtml(brief: DailyBrief): string {
  const items = brief.items.map((item) => {
    const link = safeHttpUrl(item.url);
    const source = item.source
      ? `<p style="color:#555">${safeHttpUrl(item.source.url) ? `<a href="${e(item.source.url!)}">${e(item.source.title)}</a>` : e(item.source.title)}${item.source.show ? ` · ${e(item.source.show)}` : ""}${item.startSec !== null ? ` · ${e(atTime(item.startSec)!)}` : ""}</p>`
      : "";
    const related = item.related.length
      ? `<p>Related:</p><ul>${item.related.map((r) => `<li><a href="${e(safeHttpUrl(r.url) ?? "#")}">${e(oneLine(r.text))}</a> <small>(${e(r.reason)})</small></li>`).join("")}</ul>`
      : "";
    return `<li><p><strong>${link ? `<a href="${e(link)}">${e(oneLine(item.text))}</a>` : e(oneLine(item.text))}</strong></p>${item.quote ? `<blockquote>${e(item.quote)}</blockquote>` : ""}${source}${related}</li>`;
  });
  return `<h1>${e(dailyBriefTitle(brief))}</h1><p>${e(brief.note)}</p>${items.length ? `<ol>${items.join("")}</ol>` : ""}<p><small>How it is picked: ${e(brief.method)}</small></p>`;
}

/** Every stored brief as one Atom entry (`urn:insight-graph:daily-brief:<day>`), newest first. */
export function dailyBriefsAtom(briefs: readonly DailyBrief[], appUrl: string, selfUrl: string): string {
  const feed = new Feed({
    id: "urn:insight-graph:daily-briefs",
    title: "Insight graph: daily briefs",
    description: "The day's top insights, each with its related insights.",
    updated: new Date(briefs[0]?.generatedAt ?? 0),
    link: `${appUrl}/brief`,
    feedLinks: { atom: selfUrl },
    author: { name: "Insight graph" },
    generator: "Insight graph",
    copyright: "The quoted sources belong to their authors.",
  });
  for (const brief of briefs) {
    feed.addItem({
      id: `urn:insight-graph:daily-brief:${brief.id}`,
      title: dailyBriefTitle(brief),
      link: `${appUrl}/brief?day=${brief.id}`,
      date: new Date(brief.generatedAt),
      description: oneLine(brief.note),
      content: dailyBriefHtml(brief),
    });
  }
  return feed.atom1();
}
