import type { SourceMeta } from "@shared/api/sources";
import { limits } from "@shared/limits";
import { isChatter } from "../../extract/heuristic/chatter";
import { tagSentences } from "../../extract/nlp";
import { insightListHeading } from "./detect";
import { loadPage, pageMeta } from "./html";
import { type TextUnit, textUnits } from "./pageUnits";
import { markdownToText } from "./text";
import { InputError, type ParsedDocument, titleFromOrigin } from "./types";

/** Lines every insight site has around its claims: calls to sign up, share, listen or log in. */
const furniture =
  /\b(?:sign[ -]?up|sign in|log ?in|subscribe|newsletter|create (?:a |your )?(?:free )?account|join (?:\d[\d,]*|our|the|thousands)|get the app|download|cookies?|privacy|terms of|all rights reserved|share (?:this|on|it)|listen (?:on|to|now)|read more|see all|view all|back to|powered by|follow us|upgrade|premium|free trial|unlock|inbox)\b|©/i;

const MIN_WORDS = 5;

/** Whether a line of the page reads as a claim: a statement with a verb, not page furniture. */
export function isListedClaim(text: string, pageNames: readonly string[]): boolean {
  const lower = text.toLowerCase();
  if (pageNames.some((name) => name.toLowerCase() === lower)) return false;
  const words = text.split(/\s+/).length;
  if (words < MIN_WORDS || text.length > limits.insightText.max) return false;
  if (/\?["”']?$/.test(text) || furniture.test(text) || isChatter(text)) return false;
  if (insightListHeading.test(text)) return false;
  return tagSentences(text).some((s) => s.tokens.some((t) => t.pos === "VERB" || t.pos === "AUX"));
}

function listBounds(units: readonly TextUnit[]): { heading: number; end: number } | undefined {
  const heading = units.findIndex((unit) => insightListHeading.test(unit.text));
  if (heading < 0) return undefined;
  const level = units[heading]?.level || 6;
  // The list runs to the next heading as high as its own (a "More from this show" section).
  const next = units.findIndex((unit, i) => i > heading && unit.level > 0 && unit.level <= level);
  return { heading, end: next < 0 ? units.length : next };
}

interface PageParts {
  readonly title: string | undefined;
  /** Names of the page and site: never insights, even when they read like one. */
  readonly names: readonly string[];
  readonly units: readonly TextUnit[];
  readonly meta: Partial<SourceMeta>;
}

function htmlParts(html: string, url: string | undefined): PageParts {
  const doc = loadPage(html, url);
  const page = pageMeta(doc, url);
  // A title that is itself a full claim ("Most countries will adapt open models to ...") is the
  // headline insight; a shorter one ("Sovereign AI") is a page name and is never kept.
  const titleIsClaim = (page.title?.split(/\s+/).length ?? 0) >= 8;
  return {
    title: page.title,
    names: [doc.title.trim(), titleIsClaim ? undefined : page.title, page.siteName].filter((n): n is string => Boolean(n)),
    units: doc.body ? textUnits(doc.body) : [],
    meta: {
      ...(page.siteName && { show: page.siteName }),
      ...(page.url && { url: page.url }),
      ...(page.publishedAt && { publishedAt: page.publishedAt }),
    },
  };
}

/**
 * The page pasted as plain text or saved as Markdown: one unit a line, "#" lines as headings, list
 * markers and inline markup gone. The first short line that is not a claim names the page.
 */
function textParts(text: string): PageParts {
  const units = text.split("\n").flatMap((line): TextUnit[] => {
    const heading = /^\s*(#{1,6})\s+/.exec(line);
    const body = markdownToText(line.replace(/^\s*#{1,6}\s+/, "").replace(/^\s*(?:[-*+•]|\d{1,3}[.)])\s+/, "")).text.replace(/\s+/g, " ");
    return body.length > 0 ? [{ text: body, block: heading ? `H${heading[1]?.length}` : "P", level: heading?.[1]?.length ?? 0 }] : [];
  });
  const title = units.find((unit) => unit.text.split(" ").length < 8 && !/[.!?]$/.test(unit.text) && !insightListHeading.test(unit.text))?.text;
  return { title, names: title ? [title] : [], units, meta: {} };
}

/**
 * A page that lists insights itself (a headline insight, then "Related Insights"), as HTML, plain
 * text or Markdown: every listed claim is kept whole, even when it runs to several sentences;
 * titles, headings, sign-up lines and the site's name never become insights. Headings count only
 * when they read as a claim.
 */
export function parseInsightPage(origin: string, input: string, meta: Partial<SourceMeta> = {}, url?: string): ParsedDocument {
  const page = /^\s*</.test(input) ? htmlParts(input, url) : textParts(input);
  const bounds = listBounds(page.units);
  const before = bounds ? page.units.slice(0, bounds.heading) : [];
  const listed = bounds ? page.units.slice(bounds.heading + 1, bounds.end) : page.units;
  const claims = unique(listed.map((u) => u.text).filter((text) => isListedClaim(text, page.names)));
  const headline = before.map((u) => u.text).find((text) => isListedClaim(text, page.names)) ?? null;
  if (!headline && claims.length === 0) throw new InputError(origin, "the page lists no insights that read as claims");
  return {
    format: "insight-page",
    meta: { title: (page.title ?? titleFromOrigin(origin)).slice(0, limits.title), kind: "insight-page", ...page.meta, ...meta },
    body: { type: "listed", headline, claims: claims.filter((claim) => claim !== headline) },
  };
}

const unique = (values: readonly string[]) => [...new Set(values)];
