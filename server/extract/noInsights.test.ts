import { describe, expect, it } from "vitest";
import { createHeuristicExtractor } from "./heuristic";
import { foreignLanguage, whyNoInsights } from "./noInsights";

const doc = (text: string) => ({ title: "t", text, kind: "note" as const });

describe("whyNoInsights", () => {
  it("names each reason a source gives nothing", () => {
    expect(whyNoInsights(doc("— … ***"), true)).toMatch(/^no text found/);
    expect(whyNoInsights(doc("Prices rose."), true)).toMatch(/^too short: 2 words/);
    expect(whyNoInsights(doc("Host: Welcome back! Guest: Thanks for having me. Host: Ready? Guest: Sure, go ahead."), true)).toMatch(
      /^only chatter or questions/,
    );
  });

  it("detects a language the offline extractor does not read and points to the model", () => {
    const french =
      "Le gouvernement a annoncé aujourd'hui de nouvelles mesures pour soutenir la croissance économique. " +
      "Les entreprises de la région recevront une aide financière pendant les deux prochaines années.";
    expect(whyNoInsights(doc(french), true)).toMatch(/^written in French \(detected\).*EXTRACTOR=llm/);
    // The model reads any language: the reason is then not the language.
    expect(whyNoInsights(doc(french), false)).not.toMatch(/French/);
  });
});

describe("the offline extractor and other languages", () => {
  it("keeps nothing from a long text in another language, and still reads English", async () => {
    const chinese = "科学家发现了一种新的方法来治疗这种疾病，研究结果发表在自然杂志上。".repeat(10);
    expect(foreignLanguage(chinese)).toBe("Chinese");
    expect(await createHeuristicExtractor().extract(doc(chinese))).toEqual([]);
    const english = "Inference costs have fallen roughly tenfold in two years, and cheaper tokens were spent on longer prompts. ".repeat(3);
    expect(foreignLanguage(english)).toBeUndefined();
  });
});
