import { normaliseSpace } from "../../../server/extract/verbatim";

/** Where a passage sits in a source's text (whitespace collapsed), end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every place `passage` occurs in `text` (both already whitespace-collapsed). */
function occurrences(text: string, passage: string): Span[] {
  const spans: Span[] = [];
  if (passage.length === 0) return spans;
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) spans.push({ start: at, end: at + passage.length });
  return spans;
}

/**
 * Each transcript line's place in the source text the extractor read, found in order; undefined
 * for a line the reader changed (a filler or a label removed), which is then judged by its words alone.
 */
export function placeLines(lines: readonly string[], sourceText: string): (Span | undefined)[] {
  const text = normaliseSpace(sourceText);
  let cursor = 0;
  return lines.map((line) => {
    const wanted = normaliseSpace(line);
    const at = wanted.length > 0 ? text.indexOf(wanted, cursor) : -1;
    if (at < 0) return undefined;
    cursor = at + wanted.length;
    return { start: at, end: cursor };
  });
}

/**
 * Whether an insight's quote (a verbatim span of the source, holding the claim) covers a line: so
 * a one-word line ("No.", "Secretary Clinton.") counts as kept only where the claim was said, not
 * wherever an insight happens to hold its words.
 */
export function quoteCovers(sourceText: string): (quote: string, line: Span | undefined) => boolean {
  const text = normaliseSpace(sourceText);
  const cache = new Map<string, Span[]>();
  return (quote, line) => {
    if (line === undefined) return true;
    const spans = cache.get(quote) ?? occurrences(text, normaliseSpace(quote));
    cache.set(quote, spans);
    return spans.some((span) => span.start <= line.start && line.end <= span.end);
  };
}
