import { describe, expect, it } from "vitest";
import type { SourceId } from "@shared/ids";
import { confirmQuestion, describeDeletion, describeReingest } from "./deletion";

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

  it("says what a re-ingest found new, already present and removed", () => {
    const source = { id: "a".repeat(32) as SourceId, title: "Episode 1" };
    expect(describeReingest({ source, readFrom: "stored", insights: 4, new: 0, alreadyPresent: 4, removed: 0, deleted: 0 })).toBe(
      "Re-ingested, read again from its stored copy: 0 new · 4 already present · 0 removed.",
    );
    expect(describeReingest({ source, readFrom: "url", insights: 3, new: 1, alreadyPresent: 2, removed: 2, deleted: 1 })).toBe(
      "Re-ingested, fetched again from its URL: 1 new · 2 already present · 2 removed (1 no other source held, deleted).",
    );
  });
});
