/** Runs of whitespace as one space, ends trimmed: how quotes are compared with their source. */
export const normaliseSpace = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Whether a quote is a span of the source's text, whitespace aside. */
export function isVerbatim(quote: string, source: string): boolean {
  const wanted = normaliseSpace(quote);
  return wanted.length > 0 && normaliseSpace(source).includes(wanted);
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Word-overlap F1 of two passages, as multisets. */
function overlapF1(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(w, n - 1);
    }
  }
  return a.length + b.length === 0 ? 0 : (2 * shared) / (a.length + b.length);
}

/** A quote repaired to this overlap with a span of the source is the same quote, reworded. */
const MIN_REPAIR_OVERLAP = 0.6;
const MAX_SPAN_SENTENCES = 3;

/**
 * A model's quote as the source has it: unchanged when it is verbatim (whitespace aside), else
 * the run of one to three source sentences closest to it in wording, else undefined (the model
 * quoted something the source does not say).
 */
export function repairQuote(quote: string, source: string): { quote: string; repaired: boolean } | undefined {
  if (isVerbatim(quote, source)) return { quote: normaliseSpace(quote), repaired: false };
  const wanted = wordsOf(quote);
  if (wanted.length === 0) return undefined;
  const sentences = normaliseSpace(source).split(/(?<=[.!?]["”')\]]?)\s+/u);
  let best: { span: string; score: number } | undefined;
  for (let first = 0; first < sentences.length; first += 1) {
    for (let last = first; last < Math.min(sentences.length, first + MAX_SPAN_SENTENCES); last += 1) {
      const span = sentences.slice(first, last + 1).join(" ");
      const score = overlapF1(wanted, wordsOf(span));
      if (!best || score > best.score) best = { span, score };
    }
  }
  return best && best.score >= MIN_REPAIR_OVERLAP ? { quote: best.span, repaired: true } : undefined;
}
