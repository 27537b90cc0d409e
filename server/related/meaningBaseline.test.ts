import { describe, expect, it } from "vitest";
import { type UnitVector, unit, unitCosine } from "./dense";
import { MIN_SAMPLE, measureBaseline, mutualCloseness, nearestQuery, usualCloseness } from "./meaningBaseline";

// A seeded generator, so the corpus below is the same on every run.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/** Unit vectors around a shared direction (claims of one corpus are never spread evenly). */
function corpus(count: number, width: number, next: () => number): UnitVector[] {
  return Array.from({ length: count }, () => unit(Array.from({ length: width }, (_, i) => (i === 0 ? 2 : 0) + next() - 0.5))!);
}

describe("meaning baseline", () => {
  const next = random(7);
  const sample = corpus(600, 16, next);
  const baseline = measureBaseline(sample)!;

  it("gives each claim the mean and spread of its cosines to the corpus, without a pass over it", () => {
    const claim = sample[3]!;
    const cosines = sample.map((other) => unitCosine(claim, other)!);
    const mean = cosines.reduce((sum, c) => sum + c, 0) / cosines.length;
    const spread = Math.sqrt(cosines.reduce((sum, c) => sum + (c - mean) ** 2, 0) / cosines.length);
    const usual = usualCloseness(baseline, "claim-3", claim)!;
    expect(usual.mean).toBeCloseTo(mean, 10);
    expect(usual.spread).toBeCloseTo(spread, 10);
  });

  it("counts a cosine by how unusual it is for both claims, the same from either end", () => {
    const hub = { mean: 0.7, spread: 0.05 };
    const loner = { mean: 0.4, spread: 0.05 };
    const typical = { mean: 0.5, spread: 0.05 };
    // 0.75 is ordinary for a claim close to everything, remarkable for one close to little.
    expect(mutualCloseness(0.75, hub, hub, typical)).toBeLessThan(mutualCloseness(0.75, loner, loner, typical));
    expect(mutualCloseness(0.75, hub, loner, typical)).toBe(mutualCloseness(0.75, loner, hub, typical));
    // An average cosine between average claims stays where it was.
    expect(mutualCloseness(0.5, typical, typical, typical)).toBeCloseTo(0.5, 12);
  });

  it("is not measured from a sample too small to tell, and skips vectors of another width", () => {
    expect(measureBaseline(sample.slice(0, MIN_SAMPLE - 1))).toBeNull();
    expect(usualCloseness(baseline, "other-model", unit([1, 0, 0])!)).toBeNull();
  });

  it("asks the vector index for the claims nearest by mutual closeness, which the plain cosine misses", () => {
    // Claims lean on the shared direction by different amounts: the ones leaning most are hubs.
    const leaning = Array.from({ length: 800 }, () => unit(Array.from({ length: 16 }, (_, i) => (i === 0 ? 3 * next() : 0) + next() - 0.5))!);
    const base = measureBaseline(leaning)!;
    const usual = leaning.map((vector, i) => usualCloseness(base, `c${i}`, vector)!);
    const topTen = (score: (j: number) => number, anchor: number) =>
      leaning.map((_, j) => j).filter((j) => j !== anchor).sort((x, y) => score(y) - score(x)).slice(0, 10);
    const dot = (a: readonly number[], b: UnitVector) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
    let byQuery = 0;
    let byCosine = 0;
    for (let anchor = 0; anchor < 40; anchor += 1) {
      const a = leaning[anchor]!;
      const wanted = new Set(topTen((j) => mutualCloseness(unitCosine(a, leaning[j]!)!, usual[anchor]!, usual[j]!, base.typical), anchor));
      const query = nearestQuery(base, `c${anchor}`, a)!;
      byQuery += topTen((j) => dot(query, leaning[j]!), anchor).filter((j) => wanted.has(j)).length;
      byCosine += topTen((j) => unitCosine(a, leaning[j]!)!, anchor).filter((j) => wanted.has(j)).length;
    }
    expect(byQuery / 400).toBeGreaterThan(0.8);
    expect(byQuery).toBeGreaterThan(byCosine);
  });
});
