import type { SourceMeta } from "@shared/api/sources";
import { limits } from "@shared/limits";
import { isChatter } from "../../extract/heuristic/chatter";
import { tagSentences } from "../../extract/nlp";
import { insightListHeading } from "./detect";
import { loadPage, pageMeta } from "./html";
import { type TextUnit, textUnits } from "./pageUnits";
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

/**
 * A page that lists insights itself (a headline insight, then "Related Insights"): every listed
 * claim is kept whole, even when it runs to several sentences; titles, headings, sign-up lines
 * and the site's name never become insights. Headings count only when they read as a claim.
 */
export function parseInsightPage(origin: string, html: string, meta: Partial<SourceMeta> = {}, url?: string): ParsedDocument {
  const doc = loadPage(html, url);
  const page = pageMeta(doc, url);
  // A title that is itself a full claim ("Most countries will adapt open models to ...") is the
  // headline insight; a shorter one ("Sovereign AI") is a page name and is never kept.
  const titleIsClaim = (page.title?.split(/\s+/).length ?? 0) >= 8;
  const names = [doc.title.trim(), titleIsClaim ? undefined : page.title, page.siteName].filter((n): n is string => Boolean(n));
  const units = doc.body ? textUnits(doc.body) : [];
  const bounds = listBounds(units);
  const before = bounds ? units.slice(0, bounds.heading) : [];
  const listed = bounds ? units.slice(bounds.heading + 1, bounds.end) : units;
  const claims = unique(listed.map((u) => u.text).filter((text) => isListedClaim(text, names)));
  const headline = before.map((u) => u.text).find((text) => isListedClaim(text, names)) ?? null;
  if (!headline && claims.length === 0) throw new InputError(origin, "the page lists no insights that read as claims");
  return {
    format: "insight-page",
    meta: {
      title: (page.title ?? titleFromOrigin(origin)).slice(0, limits.title),
      kind: "insight-page",
      ...(page.siteName && { show: page.siteName }),
      ...(page.url && { url: page.url }),
      ...(page.publishedAt && { publishedAt: page.publishedAt }),
      ...meta,
    },
    body: { type: "listed", headline, claims: claims.filter((claim) => claim !== headline) },
  };
}

const unique = (values: readonly string[]) => [...new Set(values)];
