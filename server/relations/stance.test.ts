import { describe, expect, it } from "vitest";
import { leaningOf, leftoversOf } from "./stance";

// A debate along axis 0; its two sides lean along +1 and -1 of axis 1; axis 2 tells points apart.
const debate = (side: number, point = 0) => [1, side * 0.5, point * 0.3];
/** Two claims' leaning as the labeller reads it: their leftovers, then the leftovers' cosine. */
const leaningTogether = (a: number[], b: number[], neighbourhood: number[][]) => {
  const left = leftoversOf(a, b, neighbourhood);
  return left ? leaningOf(left) : null;
};

describe("leaningTogether", () => {
  const neighbourhood = [debate(1, 1), debate(-1, 1), debate(1, -1), debate(-1, -1), debate(0, 0)];

  it("is high for two claims leaning the same way within the debate, low for opposite leanings", () => {
    expect(leaningTogether(debate(1, 0.1), debate(1, -0.1), neighbourhood)!).toBeGreaterThan(0.5);
    expect(leaningTogether(debate(1), debate(-1), neighbourhood)!).toBeLessThan(-0.5);
  });

  it("knows nothing when the neighbourhood is too small to stand for a debate or the widths differ", () => {
    expect(leaningTogether(debate(1), debate(-1), neighbourhood.slice(0, 2))).toBeNull();
    expect(leaningTogether(debate(1), [1, 0], neighbourhood)).toBeNull();
  });

  it("gives each claim's leftover at length 1, pointing apart for opposite leanings", () => {
    const left = leftoversOf(debate(1), debate(-1), neighbourhood)!;
    const size = (v: readonly number[]) => Math.hypot(...v);
    expect(size(left.a)).toBeCloseTo(1);
    expect(size(left.b)).toBeCloseTo(1);
    expect(left.a[1]!).toBeGreaterThan(0);
    expect(left.b[1]!).toBeLessThan(0);
  });
});
