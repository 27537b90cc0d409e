import { describe, expect, it } from "vitest";
import { singularise } from "./singular";

describe("singularise", () => {
  it.each([
    ["gpus", "gpu"],
    ["policies", "policy"],
    ["chips", "chip"],
    ["taxes", "tax"],
    ["approaches", "approach"],
    ["data", "data"],
    ["analysis", "analysis"],
    ["analyses", "analysis"],
    ["economics", "economics"],
    ["status", "status"],
    ["business", "business"],
    ["news", "news"],
    ["aws", "aws"],
    ["oss", "oss"],
    ["people", "person"],
    ["sizes", "size"],
  ])("%s → %s", (plural, single) => {
    expect(singularise(plural)).toBe(single);
  });

  it("is idempotent", () => {
    const words = ["gpus", "policies", "boxes", "heroes", "crises", "houses", "loaves", "series", "sovereignty"];
    for (const word of words) expect(singularise(singularise(word))).toBe(singularise(word));
  });
});
