import { describe, expect, it } from "vitest";
import { placeLines, quoteCovers } from "./placement";
import { sentenceScores } from "./ranking";

const source = "No. Taxes went up by 4 percent.\n\nSecretary Clinton.  Taxes went up, and no one noticed.";
const lines = ["No.", "Taxes went up by 4 percent.", "Secretary Clinton.", "Taxes went up, and no one noticed.", "(applause)"];

describe("placing transcript lines in the text the extractor read", () => {
  it("finds each line in order, whitespace aside, and leaves a line the reader dropped unplaced", () => {
    expect(placeLines(lines, source)).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 31 },
      { start: 32, end: 50 },
      { start: 51, end: 85 },
      undefined,
    ]);
  });

  it("credits a line only to an insight whose quote covers it, so a one-word line does not borrow a claim's score", () => {
    const insights = [{ text: "Taxes went up, and no one noticed.", quote: "Secretary Clinton. Taxes went up, and no one noticed.", confidence: 0.8 }];
    const placed = placeLines(lines, source);
    const covers = quoteCovers(source);
    const inside = (s: number, i: number) => covers(insights[i]?.quote ?? "", placed[s]);
    // "No." is held word for word by the insight, but said elsewhere; "Secretary Clinton." is in the quote, not the claim.
    expect(sentenceScores(lines, insights)).toEqual([0.8, undefined, undefined, 0.8, undefined]);
    expect(sentenceScores(lines, insights, inside)).toEqual([undefined, undefined, undefined, 0.8, undefined]);
  });
});
