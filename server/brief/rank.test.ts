import type { InsightId, SourceId, TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import type { CandidateInsight, InsightLink, ThemeCandidates } from "../repositories/themeRows";
import { rankBrief } from "./rank";

const id = (c: string) => c.repeat(32) as InsightId;
const theme = "sovereign-ai" as TopicSlug;

function insight(c: string, source: string, fit = 1): CandidateInsight {
  return {
    id: id(c),
    text: `Claim ${c}: ${"distinct words ".repeat(1)}${c.repeat(6)} about sovereign compute ${c}${c}.`,
    quote: null,
    startSec: null,
    endSec: null,
    topics: [{ slug: theme, name: "Sovereign AI", weight: fit }],
    source: { id: source.repeat(32) as SourceId, title: `Source ${source}`, url: null, show: null, kind: "note", publishedAt: null },
    speakers: [],
    day: "2026-11-20",
    fit,
  };
}

const link = (a: string, b: string, score: number): InsightLink => ({ a: id(a), b: id(b), score });

/** a, b, c from one source and strongly linked; d from another source, a little less central. */
const candidates: ThemeCandidates = {
  themeTopics: [{ slug: theme, name: "Sovereign AI", community: null }],
  insights: [insight("a", "1"), insight("b", "1"), insight("c", "1"), insight("d", "2")],
  links: [link("a", "b", 0.9), link("a", "c", 0.9), link("b", "c", 0.8), link("d", "a", 0.9), link("d", "b", 0.5)],
  topics: [],
  topicLinks: [],
};

const picked = (featured: string[] = [], limit = 2) => rankBrief(candidates, new Set(featured.map(id)), limit).map((item) => item.id[0]);

describe("rankBrief", () => {
  it("picks the most central insight first", () => {
    expect(picked([], 1)).toEqual(["a"]);
  });

  it("prefers a second source to a second insight from the same one (source diversity)", () => {
    // b is more central than d, but a already speaks for source 1.
    expect(picked()).toEqual(["a", "d"]);
  });

  it("drops insights an earlier brief featured below new ones (novelty)", () => {
    expect(picked(["a"], 1)).toEqual(["b"]);
    expect(picked(["a", "b", "c", "d"], 4)).toEqual(["a", "d", "b", "c"]);
  });

  it("states each part of the score, and the total is the stated mix", () => {
    const [first, second] = rankBrief(candidates, new Set([id("a")]), 2);
    for (const item of [first!, second!]) {
      const { centrality, novelty, diversity, total } = item.score;
      expect(total).toBeCloseTo(0.5 * centrality + 0.3 * novelty + 0.2 * diversity, 3);
    }
    expect(first!.score).toMatchObject({ novelty: 1, diversity: 1 });
  });
});
