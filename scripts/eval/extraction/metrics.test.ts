import { describe, expect, it } from "vitest";
import { Tally, matchClaims, overlapF1 } from "./metrics";

describe("extraction eval metrics", () => {
  it("scores content-word overlap, ignoring stop words, plurals and -ing", () => {
    expect(overlapF1("Open models win the public sector.", "open model winning public sectors")).toBe(1);
    expect(overlapF1("Open models win.", "Chips are scarce.")).toBe(0);
  });

  it("matches one to one, so a claim predicted twice counts once", () => {
    const gold = ["Open models win the public sector.", "Chips are scarce in Europe."];
    expect(matchClaims(["Open models win the public sector.", "Open models win the public sector!"], gold)).toBe(1);
    expect(matchClaims(["Chips are scarce in Europe today.", "Open models win in the public sector."], gold)).toBe(2);
  });

  it("micro-averages precision and recall", () => {
    const tally = new Tally();
    tally.add(4, 5, 2);
    tally.add(1, 5, 1);
    expect([tally.precision, tally.recall]).toEqual([0.6, 0.3]);
    expect(tally.f1).toBeCloseTo(0.4);
  });
});
