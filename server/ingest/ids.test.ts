import { describe, expect, it } from "vitest";
import { insightIdOf, normaliseClaim, sourceIdOf } from "./ids";

describe("insight ids", () => {
  it("are the same for the same claim written with other case, spacing and closing punctuation", () => {
    const id = insightIdOf("Open models  will win.");
    expect(insightIdOf("open models will win")).toBe(id);
    expect(insightIdOf("\tOPEN MODELS WILL WIN!  ")).toBe(id);
  });

  it("differ for different claims", () => {
    expect(insightIdOf("Open models will win.")).not.toBe(insightIdOf("Closed models will win."));
  });

  it("treat curly and straight quotes alike", () => {
    expect(normaliseClaim("It\u2019s \u201cfine\u201d")).toBe(normaliseClaim(`It's "fine"`));
  });
});

describe("source ids", () => {
  it("follow the URL when there is one", () => {
    expect(sourceIdOf({ url: "https://example.org/a", title: "A" })).toBe(sourceIdOf({ url: "https://example.org/a", title: "B" }));
  });

  it("follow title and text otherwise", () => {
    expect(sourceIdOf({ title: "A", text: "x" })).not.toBe(sourceIdOf({ title: "A", text: "y" }));
  });
});
