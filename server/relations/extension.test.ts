import { describe, expect, it } from "vitest";
import { classifyPair } from "./classify";
import { claimWordsOf, extensionOf } from "./extension";
import { valenceOf } from "./valence";

/** The classifier's view of `listed` on `owner`'s list, as labelRelations builds it (the leaning given). */
const pairOf = (owner: string, listed: string, cosine = 0.88, leaning = 0.3) => ({
  cosine,
  leaning,
  a: valenceOf(owner),
  b: valenceOf(listed),
  extension: extensionOf(claimWordsOf(owner), claimWordsOf(listed)),
});

const base = "A vegetarian diet lowers greenhouse gas emissions.";
const further = "A vegetarian diet lowers greenhouse gas emissions because cattle farming releases methane and clears forests.";

describe("extends", () => {
  it("labels a claim that holds the other's point and adds a reason as extending it, naming the clause", () => {
    const label = classifyPair(pairOf(base, further));
    expect(label).toMatchObject({ relation: "extends" });
    expect(label?.reason).toContain('"because');
    expect(extensionOf(claimWordsOf(base), claimWordsOf(further))).toMatchObject({ covered: 1, missing: 0 });
  });

  it("reads the pair one way: the shorter claim does not extend the longer one", () => {
    expect(classifyPair(pairOf(further, base))).not.toMatchObject({ relation: "extends" });
  });

  it("leaves a rewording to supports: as many words swapped as added", () => {
    const label = classifyPair(pairOf("Many podcast episodes run far too long.", "The majority of podcast episodes are excessively lengthy recordings."));
    expect(label).toMatchObject({ relation: "supports" });
  });

  it("never steals a near-identical pair from same, nor labels an extension leaning the other way or negated", () => {
    expect(classifyPair(pairOf(base, further, 0.97))).toMatchObject({ relation: "same" });
    expect(classifyPair(pairOf(base, further, 0.88, -0.2))).toBeNull();
    const denied = "A vegetarian diet does not lower greenhouse gas emissions because cattle farming releases methane.";
    expect(classifyPair(pairOf(base, denied))).not.toMatchObject({ relation: "extends" });
  });

  it("does not build on a claim too short to tell by its words", () => {
    expect(classifyPair(pairOf("Taxes rise.", "Taxes rise because governments spend more on pensions and healthcare."))).not.toMatchObject({
      relation: "extends",
    });
  });
});
