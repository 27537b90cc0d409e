/** Sparse vectors as plain maps: an insight has a handful of topics and a dozen terms. */
export type SparseVector = ReadonlyMap<string, number>;

/** Cosine of two sparse vectors; 0 when either is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, value] of small) dot += value * (large.get(key) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

function norm(v: SparseVector): number {
  let sum = 0;
  for (const value of v.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Rarity of something found in `count` of `total` insights: ln(1 + N / n), so never negative. */
export const idf = (total: number, count: number) => Math.log(1 + Math.max(total, 1) / Math.max(count, 1));

/**
 * TF-IDF vector of a bag of terms: sublinear term frequency (a word said three times is not three
 * times the topic) times the term's rarity in the corpus.
 */
export function termVector(terms: readonly string[], total: number, df: ReadonlyMap<string, number>): SparseVector {
  const tf = new Map<string, number>();
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
  const vector = new Map<string, number>();
  for (const [term, count] of tf) vector.set(term, (1 + Math.log(count)) * idf(total, df.get(term) ?? 1));
  return vector;
}
