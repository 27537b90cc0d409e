import type { TimelineInsight } from "@shared/api/topicTimeline";
import type { InsightId } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { newSince, timelineBuckets } from "./timeline";

const insight = (id: string, date: string, addedAt = "2026-01-01T00:00:00Z"): TimelineInsight => ({
  id: id as InsightId,
  text: id,
  date,
  dated: "published",
  addedAt,
  source: null,
});

describe("timelineBuckets", () => {
  it("has a bar per month from the first to the last, gaps included", () => {
    const buckets = timelineBuckets([insight("a", "2025-11-02"), insight("b", "2026-02-10"), insight("c", "2026-02-11")]);
    expect(buckets).toEqual([
      { key: "2025-11", count: 1 },
      { key: "2025-12", count: 0 },
      { key: "2026-01", count: 0 },
      { key: "2026-02", count: 2 },
    ]);
  });

  it("turns to years over a long span", () => {
    expect(timelineBuckets([insight("a", "2019-05-01"), insight("b", "2026-02-10")]).map((bucket) => bucket.key)).toEqual([
      "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026",
    ]);
    expect(timelineBuckets([])).toEqual([]);
  });
});

describe("new since the last visit", () => {
  const all = [insight("a", "2025-11-02", "2026-01-01T00:00:00Z"), insight("b", "2026-02-10", "2026-03-01T00:00:00Z")];

  it("marks what was added after the last visit, nothing on a first visit", () => {
    expect([...newSince(all, "2026-02-01T00:00:00Z")]).toEqual(["b"]);
    expect(newSince(all, null).size).toBe(0);
    expect(newSince(all, "junk").size).toBe(0);
  });
});
