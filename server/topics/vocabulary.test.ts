import { describe, expect, it } from "vitest";
import { parseVocabulary } from "./vocabulary";
import example from "./examples/ai-strategy.json";

describe("parseVocabulary", () => {
  it("reads the shipped example without a problem", () => {
    const { vocabulary, problems } = parseVocabulary(example);
    expect(problems).toEqual([]);
    expect(vocabulary.topics.length).toBeGreaterThan(30);
    expect(vocabulary.neverMerge.length).toBeGreaterThan(0);
  });

  it("reports one line per problem and keeps every valid entry", () => {
    const { vocabulary, problems } = parseVocabulary({
      topics: [{ name: "Compost", aliases: ["leaf mould"], pinned: true }, { aliases: ["x"] }, { name: "!!!" }, { name: "compost" }],
      neverMerge: [["Compost", "Mulch"], "Compost"],
    });
    expect(vocabulary.topics).toEqual([{ slug: "compost", name: "Compost", aliases: ["leaf mould"], pinned: true }]);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/topics\[1\]: name/);
    expect(problems[1]).toMatch(/topics\[2\].*no letter or digit/);
    expect(problems[2]).toMatch(/topics\[3\].*repeats/);
    expect(problems[3]).toMatch(/neverMerge\[0\]: names unknown topic "Mulch"/);
    expect(problems[4]).toMatch(/neverMerge\[1\]/);
  });

  it("says what shape it expected when the file is not a vocabulary", () => {
    expect(parseVocabulary([1, 2]).problems).toEqual(['vocabulary: expected {"topics": [...], "neverMerge": [...]}']);
  });
});
