import { describe, expect, it } from "vitest";
import { createRate } from "./rate";
import { STAGES, relatedStillQueued, stageNames } from "./stages";

describe("the enrichment steps", () => {
  it("find topics before near-duplicates (a fold needs a shared topic) and count topics before related lists", () => {
    expect(stageNames()).toEqual(["embed", "topics", "near-duplicates", "co-occurrence", "related", "relations", "themes"]);
  });

  it("say a related list is on the way until the related step is done", () => {
    expect(relatedStillQueued("near-duplicates")).toBe(true);
    expect(relatedStillQueued("related")).toBe(true);
    expect(relatedStillQueued("themes")).toBe(false);
    expect(relatedStillQueued(null)).toBe(false);
    expect(relatedStillQueued("a step nobody knows", STAGES)).toBe(false);
  });
});

describe("the rate /api/status shows", () => {
  it("counts what finished over the last minute, from the first finish in it", () => {
    let now = 1_000_000;
    const rate = createRate(() => now);
    expect(rate.perSecond()).toBeNull();
    rate.record(100);
    now += 10_000;
    rate.record(100);
    expect(rate.perSecond()).toBe(20);
    now += 120_000;
    expect(rate.perSecond()).toBeNull();
  });
});
