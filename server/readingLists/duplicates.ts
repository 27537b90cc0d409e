/** Words too common to tell two claims apart. */
const STOP_WORDS = new Set(
  `a an and are as at be been but by can could do does for from has have how if in into is it its
   more most much not of on or our so than that the their them then there these they this those to
   up was we were what when which who will with would you your`.split(/\s+/),
);

const NEGATION = /\b(?:not|no|never|none|nor|cannot)\b|n't\b/g;

/**
 * Lower-cased content words, with a plural "s" dropped so "models" meets "model", plus a marker
 * per negation: "X will win" and "X will not win" must never fold into one.
 */
export function contentWords(text: string): Set<string> {
  const lower = text.toLowerCase().normalize("NFKC").replace(/[\u2018\u2019]/g, "'");
  const words = (lower.replace(NEGATION, " ").match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
  const negations = (lower.match(NEGATION) ?? []).length;
  return new Set([...words.map((word) => (word.length > 3 ? word.replace(/s$/, "") : word)), `¬${negations}`]);
}

/** Below this many content words a claim is too short to call anything its duplicate. */
const MIN_WORDS = 5; // four words and the negation marker

/**
 * Two claims say the same thing when most of their content words are shared (Jaccard ≥ 0.6), or
 * when the shorter one is almost wholly inside the longer (≥ 0.85 of its words): a restatement.
 */
export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size < MIN_WORDS || b.size < MIN_WORDS) return false;
  if ([...a].find((word) => word.startsWith("¬")) !== [...b].find((word) => word.startsWith("¬"))) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  const containment = shared / Math.min(a.size, b.size);
  return jaccard >= 0.6 || containment >= 0.85;
}

export interface Folded<T> {
  readonly kept: T;
  readonly folded: readonly T[];
}

/**
 * Walks claims strongest first and folds each into the first kept claim it duplicates, so the
 * list shows every idea once, in its strongest wording, with where else it was said.
 */
export function foldNearDuplicates<T extends { readonly text: string }>(ranked: readonly T[]): Folded<T>[] {
  const kept: { item: T; words: Set<string>; folded: T[] }[] = [];
  for (const item of ranked) {
    const words = contentWords(item.text);
    const original = kept.find((candidate) => isNearDuplicate(candidate.words, words));
    if (original) original.folded.push(item);
    else kept.push({ item, words, folded: [] });
  }
  return kept.map(({ item, folded }) => ({ kept: item, folded }));
}
