import { describe, expect, it } from "vitest";
import { seededRandom } from "@shared/random";
import { inBatches, syntheticInsights, zipfSampler } from "./corpus";

describe("the synthetic bench corpus", () => {
  it("is the same for the same seed", () => {
    const first = [...syntheticInsights({ insights: 20, topics: 50, seed: 7 })];
    const again = [...syntheticInsights({ insights: 20, topics: 50, seed: 7 })];
    expect(again).toEqual(first);
  });

  it("gives 1 to 5 distinct topics and 12 to 45 words per insight", () => {
    for (const insight of syntheticInsights({ insights: 500, topics: 100 })) {
      expect(new Set(insight.topics).size).toBe(insight.topics!.length);
      expect(insight.topics!.length).toBeGreaterThanOrEqual(1);
      expect(insight.topics!.length).toBeLessThanOrEqual(5);
      const words = insight.text.split(" ").length - 2;
      expect(words).toBeGreaterThanOrEqual(12);
      expect(words).toBeLessThanOrEqual(45);
    }
  });

  it("skews topics: the top topic is far more common than the median one", () => {
    const counts = new Map<string, number>();
    for (const insight of syntheticInsights({ insights: 5_000, topics: 1_000 })) {
      for (const topic of insight.topics!) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(20 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it("samples Zipf ranks within range", () => {
    const sample = zipfSampler(10, 1, seededRandom(1));
    const ranks = Array.from({ length: 1_000 }, sample);
    expect(Math.min(...ranks)).toBe(0);
    expect(Math.max(...ranks)).toBeLessThanOrEqual(9);
  });

  it("batches without losing or repeating items", () => {
    const batches = [...inBatches([1, 2, 3, 4, 5], 2)];
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });
});
