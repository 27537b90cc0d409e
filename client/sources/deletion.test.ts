import { describe, expect, it } from "vitest";
import { confirmQuestion, describeDeletion } from "./deletion";

describe("source deletion wording", () => {
  it("says what went and what was recomputed, with plurals right", () => {
    expect(describeDeletion("“Episode 1”", { deleted: [], insights: 3, topics: 1, relatedRecomputed: 2 })).toBe(
      "Deleted “Episode 1” with 3 insights and 1 empty topic only it held; related lists of 2 insights recomputed.",
    );
    expect(describeDeletion("the sample", { deleted: [], insights: 1, topics: 0, relatedRecomputed: 0 })).toBe("Deleted the sample with 1 insight only it held.");
  });

  it("asks before deleting, naming the insights at stake", () => {
    expect(confirmQuestion("Episode 1", 1)).toBe("Delete “Episode 1”? Of its 1 insight, those no other source supports go with it.");
  });
});
