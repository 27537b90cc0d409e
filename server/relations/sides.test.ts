import { describe, expect, it } from "vitest";
import { DEFAULT_LOCAL_MODEL, LOCAL_MODELS } from "../embeddings/local/models";
import { oppositeSidesOdds, precisionAt, type SidesWeights, sidesWeights } from "./sides";

const plain = { score: 0, negated: false, words: [] };
// Two dimensions: leftovers apart along the first argue opposite sides; the second says nothing of sides.
const weights: SidesWeights = {
  model: "test-model",
  width: 2,
  bias: 0,
  scalars: [0, 0, 0, 0, 0, 0],
  leftovers: [-4, 0],
  strengths: [
    { odds: 0.9, precision: 0.85 },
    { odds: 0.7, precision: 0.7 },
  ],
};
const evidence = { cosine: 0.8, leaning: 0, a: plain, b: plain };

describe("oppositeSidesOdds", () => {
  it("reads leftovers pointing apart along a side-telling direction as opposite sides", () => {
    const apart = oppositeSidesOdds(evidence, { a: [1, 0], b: [-1, 0] }, "test-model", weights)!;
    const together = oppositeSidesOdds(evidence, { a: [1, 0], b: [1, 0] }, "test-model", weights)!;
    const otherDirection = oppositeSidesOdds(evidence, { a: [0, 1], b: [0, -1] }, "test-model", weights)!;
    expect(apart).toBeGreaterThan(0.95);
    expect(together).toBeLessThan(0.05);
    expect(otherDirection).toBeCloseTo(0.5);
  });

  it("cannot read vectors of another embedding model or width", () => {
    expect(oppositeSidesOdds(evidence, { a: [1, 0], b: [-1, 0] }, "another-model", weights)).toBeNull();
    expect(oppositeSidesOdds(evidence, { a: [1, 0], b: [-1, 0] }, null, weights)).toBeNull();
    expect(oppositeSidesOdds(evidence, { a: [1, 0, 0], b: [-1, 0, 0] }, "test-model", weights)).toBeNull();
  });

  it("gives the dev precision of the strongest strength reached, none below the weakest", () => {
    expect(precisionAt(0.95, weights)).toBe(0.85);
    expect(precisionAt(0.8, weights)).toBe(0.7);
    expect(precisionAt(0.69, weights)).toBeNull();
  });
});

describe("the shipped weights", () => {
  it("fit the default local model, one weight per dimension, strengths strongest first and at least 0.70 precise", () => {
    const shipped = sidesWeights();
    expect(shipped.model).toBe(LOCAL_MODELS[DEFAULT_LOCAL_MODEL].name);
    expect(shipped.leftovers).toHaveLength(LOCAL_MODELS[DEFAULT_LOCAL_MODEL].dimensions);
    const odds = shipped.strengths.map((s) => s.odds);
    expect(odds).toEqual([...odds].sort((x, y) => y - x));
    for (const s of shipped.strengths) expect(s.precision).toBeGreaterThanOrEqual(0.7);
  });
});
