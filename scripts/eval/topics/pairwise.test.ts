import { describe, expect, it } from "vitest";
import { pairwise } from "./pairwise";

describe("pairwise", () => {
  it("counts pairs sharing a topic against pairs of one group", () => {
    const scores = pairwise([
      { group: "a", topics: ["x"] },
      { group: "a", topics: ["x"] },
      { group: "a", topics: ["y"] },
      { group: "b", topics: ["y"] },
    ]);
    // Sharing: (0,1) right, (2,3) wrong. Same group: (0,1), (0,2), (1,2).
    expect(scores.precision).toBeCloseTo(1 / 2);
    expect(scores.recall).toBeCloseTo(1 / 3);
    expect(scores.f1).toBeCloseTo(0.4);
    expect(scores.topics).toBe(2);
  });

  it("counts a pair that shares two topics once, and items without topics as uncovered", () => {
    const scores = pairwise([
      { group: "a", topics: ["x", "y"] },
      { group: "a", topics: ["x", "y"] },
      { group: "b", topics: [] },
    ]);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(1);
    expect(scores.covered).toBe(2);
  });
});
