import type { PlacedItem, ReadingListDocument } from "@shared/api";
import { isApiError } from "../api/ApiError";

/** Longest list name the server takes (see `listName` in shared/api/readingLists.ts). */
export const maxListName = 200;

/** The name a duplicate gets: "Copy of …", kept within the limit. */
export function copyName(name: string): string {
  return `Copy of ${name}`.slice(0, maxListName);
}

/**
 * What to say next to a name field when the server refuses the name, or null when the error is
 * about something else (then the page shows it as a general problem).
 */
export function nameProblem(error: unknown, named: { readonly thing: string; readonly max: number } = { thing: "list", max: maxListName }): string | null {
  if (!isApiError(error) || error.code !== "bad_request") return null;
  const issues = Array.isArray(error.details) ? (error.details as { path?: unknown; message?: unknown }[]) : [];
  const issue = issues.find((i) => i.path === "body.name") ?? (error.message.startsWith("body.name") ? { message: error.message } : null);
  if (!issue) return null;
  return /least|small|>=/i.test(String(issue.message)) ? `Give the ${named.thing} a name.` : `Keep the name to ${named.max} characters or fewer.`;
}

/** A saved list's items as `PUT /api/reading-lists/:id` takes them, in reading order. */
export function placedItemsOf(document: ReadingListDocument): PlacedItem[] {
  return document.sections.flatMap((section) => section.items.map((item) => ({ id: item.id, section: section.title.slice(0, 200) || "Items" })));
}

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

/**
 * True when a quote says little beyond the claim: the same words, or the claim with at most a few
 * words around it. Such a quote is folded away instead of printed twice.
 */
export function quoteRepeatsClaim(claim: string, quote: string | null): boolean {
  if (!quote) return false;
  const claimWords = words(claim);
  const quoteWords = words(quote);
  if (quoteWords.length === 0) return true;
  const inClaim = new Set(claimWords);
  const shared = quoteWords.filter((word) => inClaim.has(word)).length;
  return shared / quoteWords.length >= 0.8 && quoteWords.length <= claimWords.length + 4;
}
