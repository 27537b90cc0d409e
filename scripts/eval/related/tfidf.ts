import { ENGLISH_STOP_WORDS } from "./stopWords";

/**
 * The plain baseline of eval-data/README.md: lower-cased words, apostrophes dropped, split on
 * non-letters/digits, English stop words removed, raw tf × idf ln((1+N)/(1+df))+1, cosine.
 * Exhaustive over the pool: it is the yardstick, not a product path.
 */
export function tfidfRanker(texts: readonly string[]): (query: number, k: number) => number[] {
  const words = texts.map((text) =>
    text
      .toLowerCase()
      .replace(/['’]/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0 && !ENGLISH_STOP_WORDS.has(w)),
  );
  const df = new Map<string, number>();
  for (const list of words) for (const w of new Set(list)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  const vectors = words.map((list) => {
    const tf = new Map<string, number>();
    for (const w of list) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map([...tf].map(([w, f]) => [w, f * (Math.log((1 + n) / (1 + df.get(w)!)) + 1)]));
    const length = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [w, x] of v) v.set(w, x / length);
    return v;
  });
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const w of v.keys()) postings.set(w, [...(postings.get(w) ?? []), i]);
  });
  return (query, k) => {
    const scores = new Map<number, number>();
    for (const [w, x] of vectors[query]!) for (const i of postings.get(w) ?? []) scores.set(i, (scores.get(i) ?? 0) + x * vectors[i]!.get(w)!);
    scores.delete(query);
    return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k).map(([i]) => i);
  };
}
