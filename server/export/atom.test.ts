import type { Brief } from "@shared/api/brief";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { toAtom } from "./atom";
import { briefAsDocument } from "./brief";
import { allItems, document } from "../testing/readingListFixture";
import { toMarkdown } from "./markdown";

const brief: Brief = {
  generatedAt: "2026-11-25T08:00:00.000Z",
  since: "2026-11-18",
  topics: document.topics,
  followed: true,
  method: "Score = 0.5 × centrality + 0.3 × novelty + 0.2 × diversity.",
  items: allItems.map(({ role: _role, respondsTo: _respondsTo, strength, ...entry }) => ({
    ...entry,
    score: { centrality: strength, novelty: 1, diversity: 1, total: strength },
  })),
  voices: document.voices,
};

const xml = toAtom(brief, "http://127.0.0.1:3000", "http://127.0.0.1:3000/api/brief.atom");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["entry", "link", "category", "author"].includes(name) });
const feed = parser.parse(xml).feed;
const text = (value: unknown) => (typeof value === "object" && value !== null ? (value as { "#text": string })["#text"] : value);

describe("Atom feed of the brief", () => {
  it("is well-formed Atom with the feed's required elements", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("urn:insight-graph:brief:open-source,sovereign-ai");
    expect(text(feed.title)).toBe("Insight graph brief: Sovereign AI and Open source");
    expect(new Date(feed.updated).toISOString()).toBe(brief.generatedAt);
    expect(feed.author[0].name).toBe("Insight graph");
    expect(feed.link.find((link: Record<string, string>) => link["@rel"] === "self")?.["@href"]).toBe("http://127.0.0.1:3000/api/brief.atom");
  });

  it("has one entry per insight with id, title, updated and a link to its page", () => {
    expect(feed.entry).toHaveLength(allItems.length);
    for (const [index, entry] of (feed.entry as Record<string, unknown>[]).entries()) {
      const item = allItems[index]!;
      expect(entry.id).toBe(`urn:insight-graph:insight:${item.id}`);
      expect(text(entry.title)).toBe(item.text.replace(/\u0001/g, "").replace(/\s+/g, " "));
      expect(Number.isNaN(new Date(entry.updated as string).getTime())).toBe(false);
      expect((entry.link as Record<string, string>[])[0]!["@href"]).toBe(`http://127.0.0.1:3000/insights/${item.id}`);
    }
    expect(new Date(feed.entry[0].updated).toISOString().slice(0, 10)).toBe("2026-09-03");
  });

  it("carries each insight's content as escaped HTML: claims show as text", () => {
    const hostile = feed.entry[2];
    const html = new JSDOM(text(hostile.content) as string).window.document;
    expect(html.querySelector("script")).toBeNull();
    expect(html.querySelector("strong")?.textContent).toContain("<script>alert('x')</script>");
    expect(html.querySelectorAll("a[href^='javascript']")).toHaveLength(0);
  });
});

describe("the brief as Markdown", () => {
  it("is the reading list's Markdown with one section of top insights", () => {
    const markdown = toMarkdown(briefAsDocument(brief));
    expect(markdown).toMatch(/^# Brief: Sovereign AI and Open source since 2026-11-18$/m);
    expect(markdown).toContain("## 1. Top insights");
  });
});
