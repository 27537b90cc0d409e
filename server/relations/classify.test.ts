import { describe, expect, it } from "vitest";
import { classifyPair, THRESHOLDS } from "./classify";
import { sidesWeights } from "./sides";

const plain = { score: 0, negated: false, words: [] };
const good = { score: 1, negated: false, words: ["helps"] };
const bad = { score: -1, negated: false, words: ["harms"] };

describe("classifyPair", () => {
  it("says two claims leaning the same way support each other", () => {
    expect(classifyPair({ cosine: 0.85, leaning: 0.4, a: plain, b: plain })).toMatchObject({ relation: "supports" });
  });

  it("says claims judging the subject in opposite ways and leaning apart contradict, naming the words", () => {
    const label = classifyPair({ cosine: 0.8, leaning: -0.3, a: good, b: bad });
    expect(label).toMatchObject({ relation: "contradicts" });
    expect(label?.reason).toContain('"helps"');
    expect(label?.reason).toContain('"harms"');
  });

  it("does not call claims far apart in meaning contradicting: they rarely share a debate", () => {
    expect(classifyPair({ cosine: THRESHOLDS.contradictsCosine - 0.05, leaning: -0.5, a: good, b: bad })).toBeNull();
  });

  it("never calls opposite judgements support, however close the leaning", () => {
    expect(classifyPair({ cosine: 0.85, leaning: 0.6, a: good, b: bad })).toBeNull();
  });

  it("leaves a pair unlabelled when the evidence is weak or unknown", () => {
    expect(classifyPair({ cosine: 0.8, leaning: (THRESHOLDS.supports + THRESHOLDS.contradicts) / 2, a: good, b: plain })).toBeNull();
    expect(classifyPair({ cosine: 0.8, leaning: null, a: good, b: bad })).toBeNull();
  });

  it("calls a near-identical pair the same claim, unless one of them is negated", () => {
    expect(classifyPair({ cosine: 0.97, leaning: null, a: plain, b: plain })).toMatchObject({ relation: "same" });
    expect(classifyPair({ cosine: 0.97, leaning: null, a: plain, b: { ...plain, negated: true } })).toBeNull();
  });

  it("lets the learned odds decide contradictions when the model read the pair, with its dev precision as confidence", () => {
    const [strongest, weakest] = [sidesWeights().strengths[0]!, sidesWeights().strengths.at(-1)!];
    const strong = classifyPair({ cosine: 0.8, leaning: 0.1, a: plain, b: plain, oppositeSides: strongest.odds + 0.01 });
    expect(strong).toMatchObject({ relation: "contradicts", confidence: strongest.precision });
    expect(classifyPair({ cosine: 0.8, leaning: 0.1, a: plain, b: plain, oppositeSides: weakest.odds })).toMatchObject({ relation: "contradicts", confidence: weakest.precision });
    // Below its weakest strength the model's "no" stands: the rule does not add a contradiction.
    expect(classifyPair({ cosine: 0.8, leaning: -0.5, a: good, b: bad, oppositeSides: weakest.odds - 0.01 })).toBeNull();
    expect(classifyPair({ cosine: 0.8, leaning: 0.2, a: plain, b: plain, oppositeSides: weakest.odds - 0.01 })).toMatchObject({ relation: "supports" });
  });

  it("falls back to the rule when the model could not read the pair", () => {
    expect(classifyPair({ cosine: 0.8, leaning: -0.25, a: good, b: bad, oppositeSides: null })).toMatchObject({ relation: "contradicts", confidence: 0.66 });
  });

  it("gives every label a confidence between 0 and 1", () => {
    for (const leaning of [-0.9, -0.2, 0.05, 0.15, 0.9]) {
      const label = classifyPair({ cosine: 0.8, leaning, a: leaning < 0 ? good : plain, b: leaning < 0 ? bad : plain });
      expect(label?.confidence).toBeGreaterThan(0);
      expect(label?.confidence).toBeLessThanOrEqual(1);
    }
  });
});
