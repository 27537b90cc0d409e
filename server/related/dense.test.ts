import { describe, expect, it } from "vitest";
import { nearestAmong, unit, unitCosine } from "./dense";

describe("dense vectors", () => {
  it("scales to length 1 and compares by dot product", () => {
    const a = unit([3, 4])!;
    expect([...a]).toEqual([0.6, 0.8]);
    expect(unitCosine(a, unit([4, 3])!)).toBeCloseTo(0.96, 12);
    expect(unit([0, 0])).toBeNull();
    expect(unitCosine(a, unit([1, 0, 0])!)).toBeNull();
  });

  it("finds each vector's nearest others, nearest first, skipping zero vectors", () => {
    const vectors = new Map([
      ["a", [1, 0, 0]],
      ["b", [0.9, 0.1, 0]],
      ["c", [0, 1, 0]],
      ["d", [0, 0.9, 0.2]],
      ["z", [0, 0, 0]],
    ]);
    const near = nearestAmong(vectors, 2);
    expect(near.get("a")).toEqual(["b", "c"]);
    expect(near.get("c")).toEqual(["d", "b"]);
    expect(near.has("z")).toBe(false);
    expect(nearestAmong(vectors, 0).get("a")).toEqual([]);
  });
});
