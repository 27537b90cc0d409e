import { describe, expect, it } from "vitest";
import { relationGroups } from "./relationGroups";

describe("relationGroups", () => {
  it("counts typed relations, contradictions first, and leaves plainly related claims out", () => {
    const groups = relationGroups([{ relation: "supports" }, {}, { relation: "contradicts" }, { relation: "supports" }, { relation: "contradicts" }, {}]);
    expect(groups.map((g) => g.label)).toEqual(["contradicted by 2", "supported by 2"]);
  });

  it("has nothing to say when no related claim is labelled", () => {
    expect(relationGroups([{}, {}])).toEqual([]);
  });
});
