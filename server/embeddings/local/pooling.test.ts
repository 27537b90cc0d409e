import { describe, expect, it } from "vitest";
import { pool } from "./pooling";

describe("pool", () => {
  // Two texts of three token slots, two dimensions; the second text has one padding slot.
  const hidden = Float32Array.from([3, 4, 1, 1, 9, 9, /* text 2 */ 0, 2, 2, 0, 100, 100]);
  const mask = BigInt64Array.from([1n, 1n, 1n, 1n, 1n, 0n]);

  it("reads the first token's state for CLS pooling, as unit vectors", () => {
    const [first, second] = pool(hidden, mask, 2, 3, 2, "cls");
    expect(Array.from(first!)).toEqual([expect.closeTo(0.6), expect.closeTo(0.8)]);
    expect(Array.from(second!)).toEqual([0, 1]);
  });

  it("averages only the real tokens for mean pooling (padding does not move the vector)", () => {
    const [, second] = pool(hidden, mask, 2, 3, 2, "mean");
    expect(Array.from(second!)).toEqual([expect.closeTo(Math.SQRT1_2), expect.closeTo(Math.SQRT1_2)]);
  });
});
