import { describe, expect, it } from "vitest";
import { fingerprint, isNearDuplicate, lookupQuery, similarity } from "./nearDuplicates";

const claim = (text: string, topics = ["open-source"]) => ({ ...fingerprint(text), topics });

describe("near-duplicate claims", () => {
  const base = "Most countries will adapt the best open models to their own data rather than train frontier models.";

  it.each([
    "Most countries will adapt the best open models to their own data, instead of training frontier models.",
    "most countries will adapt the best open model to their own data rather than train frontier models",
    "Most countries will adapt the best open models to their data rather than train frontier models!",
  ])("folds a rewording: %s", (other) => {
    expect(isNearDuplicate(claim(base), claim(other))).toBe(true);
  });

  it.each([
    ["a negation", "Most countries will not adapt the best open models to their own data rather than train frontier models."],
    ["another number", "Most countries will adapt the best 3 open models to their own data rather than train frontier models."],
    ["a different claim on the same theme", "Most countries will train frontier models on national supercomputers within a decade."],
  ])("keeps apart %s", (_, other) => {
    expect(isNearDuplicate(claim(base), claim(other))).toBe(false);
  });

  it("needs a topic in common", () => {
    expect(isNearDuplicate(claim(base, ["a"]), claim(base, ["b"]))).toBe(false);
  });

  it("scores word overlap as Jaccard over singular, stemmed content words", () => {
    expect(similarity(fingerprint("Open models win."), fingerprint("open model winning"))).toBe(1);
    expect(similarity(fingerprint("Open models win."), fingerprint("Closed models lose."))).toBeCloseTo(1 / 5);
  });

  it("looks up with plain words only, never query syntax", () => {
    expect(lookupQuery(fingerprint('AI "chips" AND (export) controls: OR not*'))).toBe("ai chip");
  });

  it("looks up with the rarest quarter of the words plus one, enough to find any near-duplicate", () => {
    const print = fingerprint(base);
    const df = new Map([["frontier", 1], ["adapt", 2], ["train", 3]]);
    const query = lookupQuery(print, (word) => df.get(word) ?? 100);
    // 8 content words (country, adapt, best, open, model, data, train, frontier): 8 / 4 + 1 = 3.
    expect(print.words.size).toBe(8);
    expect(query).toBe("frontier adapt train");
    // A rewording that swaps one of the three (the most the rule allows at this length) still matches.
    const reworded = "Most countries will tailor the best open models to their own data rather than train frontier models.";
    expect(isNearDuplicate(claim(base), claim(reworded))).toBe(true);
    expect(query!.split(" ").filter((word) => fingerprint(reworded).words.has(word))).toEqual(["frontier", "train"]);
  });
});
