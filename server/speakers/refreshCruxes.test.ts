import type { InsightId, TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import type { CruxPairRow } from "../repositories/cruxCandidates";
import { byRank, staleCruxTopics } from "./refreshCruxes";

const pair = (slug: string, from: string, to: string, confidence: number, score = 0.5): CruxPairRow => ({
  slug: slug as TopicSlug,
  from: from as InsightId,
  to: to as InsightId,
  confidence,
  score,
});
const listed = (row: CruxPairRow, holds = true) => ({ ...row, holds });

describe("staleCruxTopics", () => {
  it("leaves a list alone when every listed pair holds and the new pairs are listed already", () => {
    const a = pair("ai", "a", "b", 0.9);
    expect(staleCruxTopics([listed(a)], [a], 3)).toEqual([]);
  });

  it("lists a topic afresh when a listed pair no longer holds (relabelled, unlinked or re-scored)", () => {
    expect(staleCruxTopics([listed(pair("ai", "a", "b", 0.9), false), listed(pair("law", "c", "d", 0.8))], [], 3)).toEqual(["ai"]);
  });

  it("lists a topic afresh when a new pair fits: the list has room, or the pair outranks its last", () => {
    const full = [listed(pair("ai", "a", "b", 0.9)), listed(pair("ai", "c", "d", 0.7))];
    expect(staleCruxTopics(full, [pair("ai", "e", "f", 0.6)], 3)).toEqual(["ai"]);
    expect(staleCruxTopics(full, [pair("ai", "e", "f", 0.8)], 2)).toEqual(["ai"]);
    expect(staleCruxTopics([], [pair("new", "e", "f", 0.1)], 2)).toEqual(["new"]);
  });

  it("ignores a pair that ranks below a full list's last: every pair outside it ranks lower", () => {
    const full = [listed(pair("ai", "a", "b", 0.9)), listed(pair("ai", "c", "d", 0.7))];
    expect(staleCruxTopics(full, [pair("ai", "e", "f", 0.6)], 2)).toEqual([]);
  });
});

describe("byRank", () => {
  it("orders by confidence, then score, high first, then by ids", () => {
    const rows = [pair("t", "b", "x", 0.7, 0.5), pair("t", "a", "y", 0.7, 0.5), pair("t", "c", "z", 0.7, 0.9), pair("t", "d", "w", 0.8, 0.1)];
    expect([...rows].sort(byRank).map((r) => r.from)).toEqual(["d", "c", "a", "b"]);
  });
});
