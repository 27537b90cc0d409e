import { ReadingListDocument } from "@shared/api/readingListDocument";
import { parse } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { JSDOM } from "jsdom";
import { marked, type Token, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { cruxes, document, documentWithCruxes, items } from "../testing/readingListFixture";
import { formatters } from ".";
import { type csvColumns, toCsv } from "./csv";
import { toHtml } from "./html";
import { toJson } from "./json";
import { toMarkdown } from "./markdown";
import { toOpml } from "./opml";
import { noteName, toVaultNotes } from "./vault";

/** The Cruxes section in every reading-list format: shown when the theme has cruxes, absent when not. */

const links = { related: [], coOccurs: [] };
const [mayaVsSam, changedMind] = cruxes as [(typeof cruxes)[number], (typeof cruxes)[number]];
const momentUrl = "https://example.org/statecraft/episodes/sovereign-ai_(middle-powers)#t=61";

/** Every token, depth first, as marked parsed it. */
function walk(list: readonly Token[]): Token[] {
  return list.flatMap((token) => {
    const nested = "tokens" in token && token.tokens ? walk(token.tokens) : [];
    const listItems = token.type === "list" ? walk((token as Tokens.List).items) : [];
    return [token, ...nested, ...listItems];
  });
}

describe("Markdown: the Cruxes section", () => {
  const markdown = toMarkdown(documentWithCruxes);
  const tokens = walk(marked.lexer(markdown));
  const html = marked.parse(markdown, { async: false });

  it("comes after the contents and before the sections, one numbered crux each with both sides and who said them", () => {
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === "heading").map((h) => h.text);
    expect(headings.slice(1, 4)).toEqual(["Contents", "Cruxes", "1. Sovereign AI and Open source"]);
    const crux = markdown.slice(markdown.indexOf("## Cruxes"), markdown.indexOf("## 1."));
    expect(crux).toContain("1. **Open models help small nations**");
    expect(crux).toContain("   > they help small nations");
    expect(crux).toContain("*against* **Open models harm small nations**");
    expect(crux).toContain("Said by: Sam \\<Lee\\> · ");
    expect(crux).toContain("; Dana Ruiz · ");
    expect(crux).toContain("Changed their mind: Maya Chen");
  });

  it("links each speaker's source and the moment they said it, start to end", () => {
    const link = tokens.find((t): t is Tokens.Link => t.type === "link" && t.href === momentUrl);
    expect(link?.text).toBe("at 1:01–1:10");
  });

  it("shows the claims as text, never markup or a javascript: link", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("Chips *matter* &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("[do not](javascript:alert(1))");
    expect(html).not.toMatch(/href="javascript:/);
  });

  it("is absent when the theme has no cruxes", () => {
    expect(toMarkdown(document)).not.toContain("Cruxes");
  });
});

describe("HTML: the Cruxes section", () => {
  const page = new JSDOM(toHtml(documentWithCruxes)).window.document;
  const section = page.getElementById("cruxes")!;
  const texts = (selector: string) => [...section.querySelectorAll(selector)].map((node) => node.textContent);

  it("has each crux's two claims as text, against each other, with who said them, where and when", () => {
    expect(section.querySelector("h2")?.textContent).toBe("Cruxes");
    expect(section.nextElementSibling?.id).toBe("section-1");
    expect(section.querySelectorAll("ol > li")).toHaveLength(2);
    expect(texts(".claim")).toEqual([mayaVsSam.sides[0].text, mayaVsSam.sides[1].text, changedMind.sides[0].text, changedMind.sides[1].text]);
    expect(texts(".against")).toEqual(["against", "against"]);
    expect(texts(".source")[0]).toBe("Maya Chen · What sovereign AI means for middle powers · Statecraft & Silicon · at 1:01–1:10 · 2026-09-03");
    expect(texts(".source")[1]).toMatch(/^Sam <Lee> · 50% of R&D/);
    expect(texts(".role")).toEqual(["Changed their mind: Maya Chen"]);
  });

  it("links the moments and never a javascript: url; runs no script", () => {
    const hrefs = [...section.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!);
    expect(hrefs).toContain(momentUrl);
    expect(hrefs.every((href) => href.startsWith("https://"))).toBe(true);
    expect(page.querySelectorAll("script")).toHaveLength(0);
  });

  it("is absent when the theme has no cruxes", () => {
    expect(new JSDOM(toHtml(document)).window.document.getElementById("cruxes")).toBeNull();
  });
});

describe("CSV: the Cruxes rows", () => {
  const rows = parse(toCsv(documentWithCruxes), { columns: true }) as Record<(typeof csvColumns)[number], string>[];
  const cruxRows = rows.filter((row) => row.section === "Cruxes");

  it("follow the items, a row per speaker on a side, the second side against the first", () => {
    expect(rows.slice(0, 4).map((row) => row.section)).not.toContain("Cruxes");
    expect(cruxRows.map((row) => [row.position, row.role, row.speakers])).toEqual([
      ["1", "crux", "Maya Chen"],
      ["1", "against", "Sam <Lee>"],
      ["1", "against", "Dana Ruiz"],
      ["2", "crux", "Maya Chen (changed their mind)"],
      ["2", "against", "Maya Chen (changed their mind)"],
    ]);
    expect(cruxRows[1]!.responds_to).toBe(mayaVsSam.sides[0].id);
    expect(cruxRows[0]).toMatchObject({ insight: "Open models help small nations", quote: "they help small nations", timestamp: "1:01", timestamp_end: "1:10", timestamp_url: momentUrl, published: "2026-09-03" });
  });

  it("guard a cell that would start a formula and never give a javascript: url", () => {
    expect(cruxRows[3]!.quote).toBe("'=SUM(A1)");
    expect(cruxRows[4]!.insight.startsWith("'+Chips")).toBe(true);
    expect(cruxRows[3]!.source_url).toBe("");
  });

  it("are absent when the theme has no cruxes", () => {
    const plain = parse(toCsv(document), { columns: true }) as Record<string, string>[];
    expect(plain.map((row) => row.section)).not.toContain("Cruxes");
  });
});

describe("OPML: the Cruxes outline", () => {
  type Outline = { text: string; type?: string; url?: string; outline?: Outline[] };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && name === "outline" });
  const xml = toOpml(documentWithCruxes);
  const [top] = parser.parse(xml).opml.body.outline as Outline[];

  it("opens the body, a crux per child with its sides and moments under it", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(top!.text).toBe("Cruxes");
    const [first, second] = top!.outline!;
    expect(first!.text).toBe("Open models help small nations / against / Open models harm small nations");
    expect(first!.outline!.map((o) => o.text)).toEqual(["Open models help small nations", "Against: Open models harm small nations"]);
    expect(first!.outline![0]!.outline![1]).toMatchObject({ type: "link", url: momentUrl, text: "Maya Chen · What sovereign AI means for middle powers · Statecraft & Silicon · at 1:01–1:10" });
    expect(second!.outline!.at(-1)!.text).toBe("Changed their mind: Maya Chen");
    expect(xml).not.toContain('url="javascript:');
  });

  it("is absent when the theme has no cruxes", () => {
    expect(toOpml(document)).not.toContain("Cruxes");
  });
});

describe("vault: the Cruxes in the index note", () => {
  const index = (doc: ReadingListDocument) => toVaultNotes(doc, links)[0]!.text;

  it("lists them before the sections, a side that is one of the list's insights linked to its note", () => {
    const text = index(documentWithCruxes);
    expect(text.indexOf("## Cruxes")).toBeGreaterThan(0);
    expect(text.indexOf("## Cruxes")).toBeLessThan(text.indexOf("## Sovereign AI and Open source"));
    expect(text).toContain(`1. **Open models help small nations** ([[${noteName(items.central.text)}]])`);
    expect(text).toContain("Changed their mind: Maya Chen");
  });

  it("is absent when the theme has no cruxes", () => {
    expect(index(document)).not.toContain("Cruxes");
  });
});

describe("JSON: the cruxes field", () => {
  it("carries the cruxes as the document holds them, and reads back", () => {
    const read = ReadingListDocument.parse(JSON.parse(toJson(documentWithCruxes)));
    expect(read.cruxes).toEqual(cruxes);
  });

  it("reads a document made before cruxes as having none", () => {
    const { cruxes: _none, ...older } = JSON.parse(toJson(document)) as Record<string, unknown>;
    expect(ReadingListDocument.parse(older).cruxes).toEqual([]);
  });
});

describe("formats without a Cruxes section", () => {
  // Citation files list sources and graph files draw nodes and edges: neither has sections (see sources.ts, graphml.ts).
  it.each(["bib", "csl", "graphml", "gexf"] as const)("%s is the same with or without cruxes", (format) => {
    expect(formatters[format].render(documentWithCruxes, links)).toEqual(formatters[format].render(document, links));
  });
});
