import type { TimelineInsight } from "@shared/api/topicTimeline";
import type { InsightId } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { idsInRange, insightsInRange, rangeBetween, rangeFromAddress, rangeIndexes, rangeLabel } from "./range";

const insight = (id: string, date: string): TimelineInsight => ({ id: id as InsightId, text: id, date, dated: "published", addedAt: "2026-01-01T00:00:00Z", source: null });
const keys = ["2025-11", "2025-12", "2026-01", "2026-02"];

describe("timeline range", () => {
  it("spans two bars whichever way the brush went", () => {
    expect(rangeBetween(keys, 3, 1)).toEqual({ from: "2025-12", to: "2026-02" });
    expect(rangeBetween(keys, 2, 2)).toEqual({ from: "2026-01", to: "2026-01" });
  });

  it("keeps the insights dated inside the range, for months and for years", () => {
    const insights = [insight("a", "2025-11-30"), insight("b", "2025-12-01"), insight("c", "2026-02-28"), insight("d", "2027-01-01")];
    expect(insightsInRange(insights, { from: "2025-12", to: "2026-02" }).map((i) => i.id)).toEqual(["b", "c"]);
    expect(insightsInRange(insights, { from: "2026", to: "2027" }).map((i) => i.id)).toEqual(["c", "d"]);
    expect(insightsInRange(insights, null)).toHaveLength(4);
  });

  it("finds the bars a range covers, the whole axis without one", () => {
    expect(rangeIndexes(keys, { from: "2025-12", to: "2026-01" })).toEqual([1, 2]);
    expect(rangeIndexes(keys, null)).toEqual([0, 3]);
  });

  it("reads the address, turning a reversed range round and reporting a malformed one", () => {
    expect(rangeFromAddress(null, null)).toEqual({ range: null, problem: null });
    expect(rangeFromAddress("2026-02", "2025-11").range).toEqual({ from: "2025-11", to: "2026-02" });
    expect(rangeFromAddress("2026-01", null).range).toEqual({ from: "2026-01", to: "2026-01" });
    const bad = rangeFromAddress("yesterday", "2026-13");
    expect(bad.range).toBeNull();
    expect(bad.problem).toMatch(/isn't a month or year range/);
  });

  it("keeps the ids of a list that the timeline dates within the range, in words for the list's line", () => {
    const dates = new Map([["a", "2025-11-02"], ["b", "2026-01-31"], ["c", "2026-03-01"]]);
    expect([...idsInRange(["a", "b", "c", "undated"], dates, { from: "2025-12", to: "2026-02" })]).toEqual(["b"]);
    expect(idsInRange(["undated"], dates, { from: "2025", to: "2026" }).size).toBe(0);
    expect(rangeLabel({ from: "2026-01", to: "2026-01" })).toBe("2026-01");
    expect(rangeLabel({ from: "2025-12", to: "2026-02" })).toBe("2025-12 to 2026-02");
  });
});
