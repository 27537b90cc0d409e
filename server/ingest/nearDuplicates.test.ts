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
    expect(lookupQuery(fingerprint('AI "chips" AND (export) controls: OR not*'))).toBe("ai chip export control");
  });
});
