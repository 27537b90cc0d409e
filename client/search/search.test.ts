import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight";
import { moveActive, toOptions } from "./options";

describe("highlightSegments", () => {
  it("splits a text into marked and plain parts at the given offsets", () => {
    expect(highlightSegments("open models win", [{ start: 0, end: 4 }, { start: 12, end: 15 }])).toEqual([
      { text: "open", marked: true },
      { text: " models ", marked: false },
      { text: "win", marked: true },
    ]);
  });

  it("merges overlaps, sorts, clips out-of-range offsets and keeps markup as plain text", () => {
    const text = "<b>sovereign</b>";
    const segments = highlightSegments(text, [{ start: 5, end: 30 }, { start: 3, end: 6 }]);
    expect(segments).toEqual([
      { text: "<b>", marked: false },
      { text: "sovereign</b>", marked: true },
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
  });

  it("returns the whole text unmarked when nothing matched", () => {
    expect(highlightSegments("abc", [])).toEqual([{ text: "abc", marked: false }]);
  });
});

describe("search options", () => {
  const answer = {
    topics: [{ slug: "open-source", name: "Open source", insightCount: 3, highlights: [] }],
    insights: [{ id: "a".repeat(16), text: "Open models", topics: [{ name: "Open source" }], highlights: [] }],
  };

  it("lists topics first, each leading to its page", () => {
    expect(toOptions(answer).map((option) => option.href)).toEqual(["/topics/open-source", `/insights/${"a".repeat(16)}`]);
    expect(toOptions(answer)[0]?.detail).toBe("3 insights");
  });

  it("moves through options with the arrows, wrapping through the input", () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(2, 3, 1)).toBe(-1);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });
});
