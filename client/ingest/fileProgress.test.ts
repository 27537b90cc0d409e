import { describe, expect, it } from "vitest";
import { advance, describeStage, mergeAnswers, overallShare, startFiles } from "./fileProgress";

describe("per-file upload progress", () => {
  it("moves each file through its stages and sums them into one bar", () => {
    let files = startFiles(["a.vtt", "b.md"]);
    expect(overallShare(files)).toBe(0);
    files = advance(files, 0, { stage: "sending", share: 0.5 });
    expect(overallShare(files)).toBe(0.125);
    files = advance(files, 0, { stage: "done", insights: 3, sources: 1, problems: 0 });
    files = advance(files, 1, { stage: "extracting" });
    expect(overallShare(files)).toBe(0.75);
    expect(files.map((file) => describeStage(file.progress))).toEqual(["written: 3 insights from 1 source", "read; extracting insights and writing them…"]);
    expect(describeStage({ stage: "failed", message: "b.md: empty" })).toBe("failed: b.md: empty");
  });

  it("merges the answers of files sent one at a time", () => {
    const answer = (file: string, insights: number) => ({
      files: [{ file, status: "ingested" as const, format: "text" as const, sources: [], problems: [] }],
      summary: { sources: 1, insights, topics: 2, skipped: 0, failed: 0 },
      insights: Array.from({ length: insights }, (_, n) => ({ id: `${file}${n}`, text: "x", topics: [] })),
    });
    const merged = mergeAnswers([answer("a", 2), answer("b", 3)] as never, 4);
    expect(merged.files.map((f) => f.file)).toEqual(["a", "b"]);
    expect(merged.summary).toEqual({ sources: 2, insights: 5, topics: 4, skipped: 0, failed: 0 });
    expect(merged.insights).toHaveLength(4);
  });
});
