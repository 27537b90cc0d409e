import { marked, type Token, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { document } from "../testing/readingListFixture";
import { headingAnchor, toMarkdown } from "./markdown";

const tokens = marked.lexer(toMarkdown(document));

/** Every token, depth first, as marked parsed it. */
function walk(list: readonly Token[]): Token[] {
  return list.flatMap((token) => {
    const nested = "tokens" in token && token.tokens ? walk(token.tokens) : [];
    const items = token.type === "list" ? walk((token as Tokens.List).items) : [];
    return [token, ...nested, ...items];
  });
}

const all = walk(tokens);
const headings = all.filter((t): t is Tokens.Heading => t.type === "heading");
const links = all.filter((t): t is Tokens.Link => t.type === "link");

describe("Markdown export", () => {
  it("has the title, a table of contents and a heading per section", () => {
    expect(headings.map((h) => [h.depth, h.text])).toEqual([
      [1, "Reading list: Sovereign AI and Open source"],
      [2, "Contents"],
      [2, "1. Sovereign AI and Open source"],
      [2, "2. Compute \\(and \\<chips\\>\\)"],
      [2, "How this list was made"],
    ]);
  });

  it("links the table of contents to the sections' anchors", () => {
    const toc = links.filter((link) => link.href.startsWith("#")).map((link) => link.href);
    expect(toc).toEqual(["#1-sovereign-ai-and-open-source", "#2-compute-and-chips"]);
    expect(headingAnchor("2. Compute (and <chips>)")).toBe("2-compute-and-chips");
  });

  it("links sources and timestamps, urls with parentheses intact, never a javascript: url", () => {
    const hrefs = links.map((link) => link.href).filter((href) => !href.startsWith("#"));
    expect(hrefs).toContain("https://example.org/statecraft/episodes/sovereign-ai_(middle-powers)");
    expect(hrefs).toContain("https://example.org/statecraft/episodes/sovereign-ai_(middle-powers)#t=65");
    expect(links.find((link) => link.href.endsWith("#t=65"))?.text).toBe("at 1:05–1:12");
    expect(hrefs.some((href) => href.startsWith("javascript:"))).toBe(false);
  });

  it("shows claims as text: markup inside a claim is escaped, not rendered", () => {
    const html = marked.parse(toMarkdown(document), { async: false });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/<em>a<\/em>/);
    expect(html).toContain("[claim](javascript:alert(1))");
  });
});
