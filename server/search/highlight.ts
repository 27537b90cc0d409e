import type { Highlight } from "@shared/api/search";

/**
 * Where the query's words occur in a text: each word of the text that starts with a query word is
 * marked whole, the way the prefix search found it. Offsets, not markup: the client renders text
 * as text and wraps the marked stretches itself.
 */
export function highlight(text: string, words: readonly string[]): Highlight[] {
  if (words.length === 0) return [];
  const lower = text.toLowerCase();
  const marks: Highlight[] = [];
  for (const match of lower.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)) {
    const word = match[0];
    if (words.some((query) => word.startsWith(query))) marks.push({ start: match.index, end: match.index + word.length });
  }
  return marks;
}
