import { describe, expect, it } from "vitest";
import { fuseRankings } from "./fuse";

describe("fuseRankings", () => {
  it("raises what both lists found above what one list ranked first", () => {
    const words = [{ id: "a" }, { id: "b" }, { id: "c" }];
    const meaning = [{ id: "d" }, { id: "c" }, { id: "b" }];
    expect(fuseRankings([words, meaning]).map((hit) => hit.id)).toEqual(["b", "c", "a", "d"]);
  });

  it("keeps an item found by one list only", () => {
    expect(fuseRankings([[{ id: "x" }], []]).map((hit) => hit.id)).toEqual(["x"]);
  });
});
