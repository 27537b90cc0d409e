import { describe, expect, it } from "vitest";
import { claimFeatures } from "./claimFeatures";
import { extractClaims } from "./heuristicExtractor";
import { sentencesOf } from "./sentences";
import { scoreSentence } from "./claimScore";
import { sourceContext } from "./sourceContext";

const judge = (text: string) => {
  const sentences = sentencesOf([{ text }]);
  const context = sourceContext(sentences);
  return sentences.map((sentence) => ({ sentence, ...scoreSentence(sentence, context) }));
};

describe("the offline claim scorer", () => {
  it("counts words of an amount changing, in any field, and rates such a claim higher", () => {
    const [moved] = judge("Rents in the old town rose sharply after the new rules.");
    const [still] = judge("Rents in the old town are set by the new rules.");
    expect(moved && claimFeatures(moved.sentence.claim, moved.sentence.said, moved.sentence.tagged).changes).toBe(1);
    expect(still && claimFeatures(still.sentence.claim, still.sentence.said, still.sentence.tagged).changes).toBe(0);
    expect(moved?.score).toBeGreaterThan(still?.score ?? 1);
  });

  it("lets a six-word statement stand alone, not a five-word one", () => {
    expect(judge("Rents doubled in most large cities.")[0]?.standalone).toBe(true);
    expect(judge("Rents doubled in large cities.")[0]?.standalone).toBe(false);
  });

  it("gives a claim spelled out over two sentences the confidence of the claim, without the preference that kept it whole", () => {
    const text = "Grid connections in several countries now take longer than building a data centre. This means the grid decides where models are trained.";
    const [insight] = extractClaims(text);
    const [first, second] = judge(text);
    expect(insight?.text).toContain("This means");
    const expected = Math.max(first?.score ?? 0, ((first?.score ?? 0) + (second?.score ?? 0)) / 2);
    expect(insight?.confidence).toBeCloseTo(expected, 2);
  });
});
