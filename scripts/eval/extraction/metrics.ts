import { fingerprint } from "../../../server/ingest/nearDuplicates";

/** A predicted insight counts as a gold one when their content words overlap this much (F1). */
export const MATCH_F1 = 0.5;

/** Content-word F1 of two claims: lower case, stop words out, plurals and -ing/-ed folded. */
export function overlapF1(a: string, b: string): number {
  const x = fingerprint(a).words;
  const y = fingerprint(b).words;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared += 1;
  return x.size + y.size === 0 ? 0 : (2 * shared) / (x.size + y.size);
}

/** Pairs predicted and gold claims one to one, best overlap first; returns how many matched. */
export function matchClaims(predicted: readonly string[], gold: readonly string[]): number {
  const pairs = predicted.flatMap((p, i) => gold.map((g, j) => ({ i, j, score: overlapF1(p, g) })));
  pairs.sort((a, b) => b.score - a.score);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const { i, j, score } of pairs) {
    if (score < MATCH_F1) break;
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
  }
  return usedP.size;
}

/** Running micro-averaged counts. */
export class Tally {
  predicted = 0;
  gold = 0;
  matched = 0;
  add(predicted: number, gold: number, matched: number): void {
    this.predicted += predicted;
    this.gold += gold;
    this.matched += matched;
  }
  get precision(): number {
    return this.predicted === 0 ? 0 : this.matched / this.predicted;
  }
  get recall(): number {
    return this.gold === 0 ? 0 : this.matched / this.gold;
  }
  get f1(): number {
    const { precision: p, recall: r } = this;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
}
