import { describe, expect, it } from "vitest";
import { describeEvidence } from "./evidence";

const speaker = (name: string) => ({ id: name.padEnd(32, "0") as never, name, named: true });

describe("describeEvidence", () => {
  it("reads as the issue puts it", () => {
    const row = { sources: 4, shows: 3, speakers: [speaker("a"), speaker("b"), speaker("c")], supporting: 0, contradicting: 1 };
    expect(describeEvidence(row).summary).toBe("said in 4 sources across 3 shows, by 3 speakers · 1 contradicting");
  });

  it("leaves out what is not known, and names both stances when both are there", () => {
    expect(describeEvidence({ sources: 1, shows: 0, speakers: [], supporting: 2, contradicting: 1 }).summary).toBe("said in 1 source · 2 supporting · 1 contradicting");
  });
});
