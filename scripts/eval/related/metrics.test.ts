import { describe, expect, it } from "vitest";
import { score, sharedTopicCountRanking } from "./metrics";

const themeOf = new Map([
  ["a1", "a"], ["a2", "a"], ["a3", "a"],
  ["b1", "b"], ["b2", "b"],
]);

describe("score", () => {
  it("counts precision out of five and recall out of the rest of the theme", () => {
    const result = score([{ anchor: "a1", ranked: ["a2", "b1", "a3"] }], themeOf);
    expect(result.precisionAt5).toBeCloseTo(2 / 5);
    expect(result.recallAt10).toBeCloseTo(1);
    expect(result.coverage).toBe(1);
  });

  it("averages over anchors and counts an empty list as a miss", () => {
    const result = score([{ anchor: "b1", ranked: ["b2"] }, { anchor: "a1", ranked: [] }], themeOf);
    expect(result.precisionAt5).toBeCloseTo((1 / 5 + 0) / 2);
    expect(result.recallAt10).toBeCloseTo((1 + 0) / 2);
    expect(result.coverage).toBe(0.5);
  });
});

describe("sharedTopicCountRanking", () => {
  it("ranks by how many topics are shared, leaving out insights sharing none", () => {
    const topicsOf = new Map([
      ["x", ["ai", "chips", "trade"]],
      ["y", ["ai"]],
      ["z", ["chips", "trade"]],
      ["w", ["baking"]],
    ]);
    expect(sharedTopicCountRanking("x", topicsOf, 10)).toEqual(["z", "y"]);
  });
});
