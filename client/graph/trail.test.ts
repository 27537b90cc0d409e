import { describe, expect, it } from "vitest";
import { followFrom, maxTrail, trailFromState, trailTo } from "./trail";

const id = (n: number) => String(n).padStart(16, "b");
const step = (n: number) => ({ id: id(n), text: `Claim ${n}` });

describe("the trail of followed insights", () => {
  it("grows by the page being left", () => {
    const trail = followFrom(followFrom([], step(1)), step(2));
    expect(trail.map((item) => item.id)).toEqual([id(1), id(2)]);
  });

  it("cuts a loop when the path comes back to an insight already on it", () => {
    const trail = [step(1), step(2), step(3)].reduce((acc, s) => followFrom(acc, s), [] as ReturnType<typeof followFrom>);
    expect(followFrom(trail, step(2)).map((item) => item.id)).toEqual([id(1), id(2)]);
    expect(trailTo(trail, id(2)).map((item) => item.id)).toEqual([id(1)]);
  });

  it("keeps only the latest steps and shortens long texts", () => {
    let trail = followFrom([], { id: id(0), text: "x".repeat(500) });
    expect(trail[0]?.text.length).toBeLessThanOrEqual(120);
    for (let n = 1; n < 20; n++) trail = followFrom(trail, step(n));
    expect(trail).toHaveLength(maxTrail);
    expect(trail.at(-1)?.id).toBe(id(19));
  });

  it("reads a trail from history state and ignores anything else", () => {
    expect(trailFromState({ trail: [step(1)] })).toEqual([step(1)]);
    expect(trailFromState({ trail: [{ id: "not an id", text: "x" }] })).toEqual([]);
    expect(trailFromState(null)).toEqual([]);
    expect(trailFromState("trail")).toEqual([]);
  });
});
