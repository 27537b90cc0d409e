import { createRequire } from "node:module";
import { Readability } from "@mozilla/readability";
import type * as Jsdom from "jsdom";
import { limits } from "@shared/limits";
import type { SourceMeta } from "@shared/api/sources";
import { InputError, type ParsedDocument, titleFromOrigin } from "./types";

const BLOCKS = "p, li, blockquote, pre, dd, td, figcaption";

/**
 * jsdom is loaded on the first page read, not at start: it adds about 80 MB to a server that may
 * never be given a web page. (It is CommonJS, so a synchronous require keeps parsing synchronous.)
 */
let jsdom: typeof Jsdom | undefined;
const JSDOM = () => (jsdom ??= createRequire(import.meta.url)("jsdom") as typeof Jsdom).JSDOM;

/** A page parsed without running its scripts or fetching anything it links to. */
export function loadPage(html: string, url?: string): Document {
  const Page = JSDOM();
  return new Page(html, { ...(url && { url }) }).window.document;
}

const metaContent = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute("content")?.trim() || undefined;

const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/** The page's own description of itself: title, site, canonical URL and date. */
export function pageMeta(doc: Document, url?: string): { title?: string; siteName?: string; url?: string; publishedAt?: string } {
  const title = metaContent(doc, 'meta[property="og:title"]') ?? (clean(doc.title) || undefined);
  const siteName = metaContent(doc, 'meta[property="og:site_name"]') ?? metaContent(doc, 'meta[name="application-name"]');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metaContent(doc, 'meta[property="og:url"]');
  const published = metaContent(doc, 'meta[property="article:published_time"]') ?? doc.querySelector("time[datetime]")?.getAttribute("datetime");
  const date = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined;
  const pageUrl = url ?? (canonical && /^https?:\/\//.test(canonical) ? canonical : undefined);
  return {
    ...(title && { title: stripSiteName(title, siteName) }),
    ...(siteName && { siteName }),
    ...(pageUrl && { url: pageUrl }),
    ...(date && { publishedAt: date }),
  };
}

/** "Open models win | Podcast Insights" → "Open models win". */
export function stripSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(/\s+[|–—·-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? "";
  const isSite = siteName ? last.toLowerCase() === siteName.toLowerCase() : last.split(" ").length <= 4;
  return isSite ? parts.slice(0, -1).join(" - ") : title;
}

/** Text of an element's blocks, one paragraph each; blocks inside blocks are read once. */
export function blockTexts(root: ParentNode): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  return blocks.map((el) => clean(el.textContent)).filter((text) => text.length > 0);
}

/**
 * An article page: Readability keeps the main content and drops navigation, adverts, comments
 * and footers; headings are left out, paragraphs and list items kept as paragraphs.
 */
export function parseHtml(origin: string, html: string, meta: Partial<SourceMeta> = {}, url?: string): ParsedDocument {
  const doc = loadPage(html, url);
  const page = pageMeta(doc, url);
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  const content = article?.content ? loadPage(article.content).body : doc.body;
  const paragraphs = content ? blockTexts(content) : [];
  const text = paragraphs.length > 0 ? paragraphs.join("\n\n") : clean(article?.textContent ?? doc.body?.textContent);
  if (text.length === 0) throw new InputError(origin, "the page has no readable text");
  return {
    format: "html",
    meta: {
      title: (page.title ?? (clean(article?.title) || titleFromOrigin(origin))).slice(0, limits.title),
      kind: "article",
      ...(page.siteName && { show: page.siteName }),
      ...(page.url && { url: page.url }),
      ...(page.publishedAt && { publishedAt: page.publishedAt }),
      ...meta,
    },
    body: { type: "text", text },
  };
}
