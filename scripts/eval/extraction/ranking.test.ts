import { describe, expect, it } from "vitest";
import { averagePrecision, meanRankingScores, precisionAt, rankByScore, sentenceScores } from "./ranking";

describe("CheckThat! ranking measures", () => {
  it("averages the precision at each positive's rank", () => {
    expect(averagePrecision([1, 0, 1, 0])).toBeCloseTo((1 + 2 / 3) / 2);
    expect(averagePrecision([0, 0])).toBe(0);
    expect(precisionAt([1, 0, 1], 10)).toBeCloseTo(0.2);
  });

  it("ranks scored sentences first, ties and the unscored in transcript order", () => {
    expect(rankByScore([undefined, 0.5, 0.9, undefined, 0.5])).toEqual([2, 1, 4, 0, 3]);
  });

  it("scores a sentence by the most confident insight holding 80% of its words", () => {
    const scores = sentenceScores(
      ["So, taxes went up by 4 percent.", "Thank you all.", "Taxes went up."],
      [
        { text: "Taxes went up by 4 percent.", confidence: 0.7 },
        { text: "Taxes went up, and then down.", confidence: 0.9 },
      ],
    );
    expect(scores).toEqual([0.7, undefined, 0.9]);
  });

  it("means AP and P@10 over transcripts", () => {
    expect(meanRankingScores([[1], [0, 1]])).toEqual({ map: 0.75, p10: 0.1 });
  });
});
