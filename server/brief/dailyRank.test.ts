import { describe, expect, it } from "vitest";
import type { BriefCandidateRow } from "../repositories/dailyBriefs";
import { rankDaily } from "./dailyRank";

const candidate = (id: string, overrides: Partial<BriefCandidateRow> = {}): BriefCandidateRow => ({
  id,
  text: `claim ${id}`,
  quote: null,
  speakers: [],
  startSec: null,
  confidence: 0.5,
  sourceId: `source-${id}`,
  source: null,
  topics: [],
  followed: false,
  centrality: 1,
  featured: false,
  ...overrides,
});

describe("rankDaily", () => {
  it("puts followed topics first, then the more central", () => {
    const ranked = rankDaily([candidate("a", { centrality: 4 }), candidate("b", { followed: true }), candidate("c", { centrality: 2 })], 3);
    expect(ranked.map((r) => r.candidate.id)).toEqual(["b", "a", "c"]);
  });
  it("spreads the brief over sources and leaves out what an earlier brief sent", () => {
    const same = { sourceId: "one" };
    const ranked = rankDaily(
      [candidate("a", { ...same, centrality: 5 }), candidate("b", { ...same, centrality: 4.9 }), candidate("c", { centrality: 3 }), candidate("d", { centrality: 9, featured: true })],
      3,
    );
    expect(ranked.map((r) => r.candidate.id)).toEqual(["a", "c", "b"]);
  });
  it("is empty when there is nothing to pick", () => expect(rankDaily([], 5)).toEqual([]));
});
