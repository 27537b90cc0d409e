import { describe, expect, it } from "vitest";
import { groupIncrementally, type TopicCentroid } from "./clusters";

const thresholds = { join: 0.76, second: 0.78, sameSource: 0.66 };
const unit = (...v: number[]) => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};
let next = 0;
const found = () => `new-${(next += 1)}`;

describe("groupIncrementally", () => {
  it("joins the nearest topic above the bar and founds a topic below it", () => {
    const topics: TopicCentroid[] = [{ key: "bread", sum: Float64Array.from(unit(1, 0, 0)), count: 1 }];
    const [near, far] = groupIncrementally([unit(1, 0.2, 0), unit(0, 0, 1)], topics, thresholds, found);
    expect(near).toEqual([{ key: "bread", cosine: expect.closeTo(0.98, 2) }]);
    expect(far![0]!.key).toMatch(/^new-/);
    expect(topics).toHaveLength(2);
    expect(topics[0]!.count).toBe(2);
  });

  it("never moves or renames an earlier topic: it only gains members", () => {
    const topics: TopicCentroid[] = [{ key: "bread", sum: Float64Array.from(unit(1, 0, 0)), count: 3 }];
    groupIncrementally([unit(0, 1, 0), unit(0, 1, 0.1)], topics, thresholds, found);
    expect(topics.map((t) => t.key)[0]).toBe("bread");
    expect(topics[0]!.count).toBe(3);
    expect(topics[1]!.count).toBe(2);
  });

  it("adds the second-nearest topic only when it too is close", () => {
    const topics: TopicCentroid[] = [
      { key: "a", sum: Float64Array.from(unit(1, 0.05, 0)), count: 1 },
      { key: "b", sum: Float64Array.from(unit(1, -0.05, 0)), count: 1 },
      { key: "c", sum: Float64Array.from(unit(0, 0, 1)), count: 1 },
    ];
    const [both] = groupIncrementally([unit(1, 0, 0)], topics, thresholds, found);
    expect(both!.map((m) => m.key).sort()).toEqual(["a", "b"]);
  });

  it("holds an episode's claims together at a lower bar than strangers'", () => {
    const a = unit(1, 0, 0);
    const b = unit(0.7, 0.71, 0); // cosine 0.70 with a: below the join bar, above the same-source bar
    const apart = groupIncrementally([a, b], [], thresholds, found);
    expect(apart[0]![0]!.key).not.toBe(apart[1]![0]!.key);
    const together = groupIncrementally([a, b], [], thresholds, found, () => "episode");
    expect(together[0]![0]!.key).toBe(together[1]![0]!.key);
  });
});
