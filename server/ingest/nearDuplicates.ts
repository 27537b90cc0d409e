import { singularise } from "@shared/topics/singular";

/** Share of content words two claims must have in common to be the same claim reworded. */
export const NEAR_DUPLICATE_SIMILARITY = 0.75;

const stopWords = new Set(
  ("a an the and or but of to in on at by for with from as is are was were be been being it its this that these those " +
    "their there they them than then so such very just also can will would should could may might must do does did has have had " +
    "into over about more most much many some any all each own our we you your i he she his her which who whom what " +
    "rather instead even still yet however while").split(" "),
);

const negation = /\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot)\b|n't\b/gi;

/** What a claim says, for comparing wordings: its content words (singular), numbers and negations. */
export interface ClaimFingerprint {
  readonly words: ReadonlySet<string>;
  readonly numbers: string;
  readonly negations: number;
}

/** "training" and "trained" are "train", "models" is "model": wording, not a different claim. */
function stem(word: string): string {
  const cut = word.length > 5 ? word.replace(/(?:ing|ed)$/, "") : word;
  // "winning" → "winn" → "win"; "selling" keeps its double l.
  const root = cut !== word ? cut.replace(/([^aeiouls])\1$/, "$1") : word;
  return singularise(root);
}

export function fingerprint(text: string): ClaimFingerprint {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const tokens = lower.match(/[\p{L}\p{N}][\p{L}\p{N}'.%-]*/gu) ?? [];
  const words = new Set<string>();
  const numbers: string[] = [];
  for (const raw of tokens) {
    const token = raw.replace(/[.'-]+$/, "");
    if (/\d/.test(token)) numbers.push(token);
    else if (!stopWords.has(token) && token.length > 1) words.add(stem(token.replace(/'s$/, "")));
  }
  return { words, numbers: [...new Set(numbers)].sort().join(" "), negations: (lower.match(negation) ?? []).length };
}

/** Jaccard similarity of two claims' content words. */
export function similarity(a: ClaimFingerprint, b: ClaimFingerprint): number {
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared += 1;
  const union = a.words.size + b.words.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The rule for "the same claim, slightly different wording": at least 75% of their content words
 * in common (Jaccard, singular forms), the same numbers, the same number of negations (so "X will
 * win" and "X will not win" stay apart), and at least one topic in common.
 */
export function isNearDuplicate(
  a: ClaimFingerprint & { readonly topics: readonly string[] },
  b: ClaimFingerprint & { readonly topics: readonly string[] },
): boolean {
  if (a.numbers !== b.numbers || a.negations !== b.negations) return false;
  if (!a.topics.some((slug) => b.topics.includes(slug))) return false;
  return similarity(a, b) >= NEAR_DUPLICATE_SIMILARITY;
}

/**
 * Words for the full-text lookup of earlier insights worded alike: plain lower-case terms only, and
 * only as many as a near-duplicate must match. A claim B within the Jaccard threshold of A's n words
 * shares at least 75% of them (s / (n + m - s) >= 0.75 and n + m - s >= n give s >= 0.75 n), so it
 * lacks at most a quarter: any floor(n / 4) + 1 of A's words include one of B's. The rarest are
 * chosen, since a rare word's postings are short and rank the claims that share it first.
 */
export function lookupQuery(print: ClaimFingerprint, documentFrequency: (word: string) => number = () => 0): string | null {
  const needed = Math.floor(print.words.size / 4) + 1;
  const words = [...print.words]
    .filter((w) => /^[\p{L}\p{N}]+$/u.test(w) && !["and", "or", "not", "to"].includes(w))
    .sort((a, b) => documentFrequency(a) - documentFrequency(b) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, needed);
  return words.length > 0 ? words.join(" ") : null;
}
