import { describe, expect, it } from "vitest";
import { valenceOf } from "./valence";

describe("valenceOf", () => {
  it("reads a claim that judges its subject good or bad", () => {
    expect(valenceOf("Animal testing significantly harms the animals used.")).toMatchObject({ score: -1, negated: false, words: ["harms"] });
    expect(valenceOf("Animals themselves benefit from the results of animal testing.")).toMatchObject({ score: 1, words: ["benefit"] });
  });

  it("turns a judgement around after a negator, up to the end of its sentence", () => {
    expect(valenceOf("Such reparations would not improve developing countries much.")).toMatchObject({ score: -1, negated: true, words: ["not improve"] });
    expect(valenceOf("It is not cheap. It helps.")).toMatchObject({ score: 1 });
  });

  it("gives a claim without judging words no valence", () => {
    expect(valenceOf("Most prisons were built before 1900.")).toEqual({ score: 0, negated: false, words: [] });
  });
});
