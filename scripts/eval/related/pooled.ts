import { type LabelledClaim, normalisedText } from "./publicSet";

/** A ranking of the pool for one query claim, best first (indexes into the claims). */
export type Ranking = readonly number[];

export interface PooledScores {
  readonly queries: number;
  readonly precisionAt5: number;
  readonly recallAt10: number;
  /** Average precision over the first ten (what a served list of ten can show), averaged over queries. */
  readonly mapAt10: number;
}

/**
 * The public sets' measure (eval-data/README.md): every claim sharing a group with another claim
 * is a query; the pool is every claim of the file; candidates with the query's normalised text are
 * dropped; relevant = shares a group. `rank` gives the query's ranked pool (it may be shorter).
 * `keep` leaves claims out of the pool and the queries alike; `asks` only narrows which claims are
 * queries (one official split's debates), the pool staying every kept claim of the file.
 */
export function scorePooled(
  claims: readonly LabelledClaim[],
  rank: (query: number) => Ranking,
  keep: (claim: LabelledClaim) => boolean = () => true,
  asks: (claim: LabelledClaim) => boolean = () => true,
): PooledScores {
  const texts = claims.map((c) => normalisedText(c.text));
  const byGroup = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    if (!keep(claim)) return;
    for (const group of claim.groups) byGroup.set(group, [...(byGroup.get(group) ?? []), i]);
  });
  let queries = 0;
  let p5 = 0;
  let r10 = 0;
  let map = 0;
  claims.forEach((claim, q) => {
    if (!keep(claim) || !asks(claim)) return;
    const relevant = new Set(claim.groups.flatMap((g) => byGroup.get(g) ?? []).filter((i) => i !== q && texts[i] !== texts[q]));
    if (relevant.size === 0) return;
    const top = rank(q).filter((i) => i !== q && texts[i] !== texts[q] && keep(claims[i]!)).slice(0, 10);
    let hits = 0;
    let precisionSum = 0;
    top.forEach((i, r) => {
      if (!relevant.has(i)) return;
      hits += 1;
      precisionSum += hits / (r + 1);
      if (r < 5) p5 += 1 / 5;
    });
    queries += 1;
    r10 += hits / relevant.size;
    map += precisionSum / Math.min(relevant.size, 10);
  });
  const n = Math.max(1, queries);
  return { queries, precisionAt5: p5 / n, recallAt10: r10 / n, mapAt10: map / n };
}
