import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { document } from "../testing/readingListFixture";
import { toHtml } from "./html";

const page = new JSDOM(toHtml(document)).window.document;
const texts = (selector: string) => [...page.querySelectorAll(selector)].map((node) => node.textContent);

describe("HTML export", () => {
  it("is a standalone page with a title, a table of contents and the sections", () => {
    expect(page.title).toBe("Reading list: Sovereign AI and Open source");
    expect(texts("nav li a")).toEqual(["Sovereign AI and Open source", "Compute (and <chips>)"]);
    const tocTargets = [...page.querySelectorAll("nav a")].map((a) => a.getAttribute("href")!.slice(1));
    expect(tocTargets.every((target) => page.getElementById(target)?.tagName === "SECTION")).toBe(true);
    expect(page.querySelectorAll("link[rel=stylesheet], script, iframe, img")).toHaveLength(0);
  });

  it("renders every claim exactly as text, markup and all", () => {
    expect(texts(".claim")).toEqual([
      "Most countries will adapt the best open models to their own data.",
      "=HYPERLINK(\"http://evil.example\",\"click\") is how *a* [claim](javascript:alert(1)) looks",
      "However, <script>alert('x')</script> & friends  still need compute.",
      "-10% budgets @ministries mean +fewer models.",
    ]);
    expect(texts("cite")).toContain("A <b>bold</b> note");
  });

  it("links sources and timestamps, and never a javascript: url", () => {
    const hrefs = [...page.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!);
    expect(hrefs).toContain("https://example.org/statecraft/episodes/sovereign-ai_(middle-powers)#t=65");
    expect(hrefs.filter((href) => !href.startsWith("#") && !href.startsWith("https://"))).toEqual([]);
    const contrast = page.querySelector('[data-role="contrasts"] .role a');
    expect(contrast?.getAttribute("href")).toBe(`#insight-${"a".repeat(32)}`);
  });

  it("can be printed: a print stylesheet is part of the page", () => {
    expect(page.querySelector("style")?.textContent).toContain("@media print");
  });
});
