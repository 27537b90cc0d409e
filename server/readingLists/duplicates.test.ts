import { describe, expect, it } from "vitest";
import { contentWords, foldNearDuplicates, isNearDuplicate } from "./duplicates";

const same = (a: string, b: string) => isNearDuplicate(contentWords(a), contentWords(b));

describe("near-duplicate claims", () => {
  it("finds a restatement and a claim inside a longer one", () => {
    expect(same("Open models let countries adapt AI to their own data.", "Open models let a country adapt AI to its own data")).toBe(true);
    expect(
      same("Fine-tuning beats training from scratch for hospitals.", "For most hospitals, fine-tuning beats training from scratch on cost and on time."),
    ).toBe(true);
  });

  it("keeps claims on the same topic that say different things apart", () => {
    expect(same("Open models let countries adapt AI to their own data.", "Open models make vendor lock-in less likely for public agencies.")).toBe(false);
    expect(same("Open source wins.", "Open source wins")).toBe(false); // too short to judge
    expect(same("Open models will win the public sector within five years.", "Open models will not win the public sector within five years.")).toBe(false);
    expect(same("Open models won't win the public sector in five years.", "Open models will never win the public sector in five years")).toBe(true);
  });

  it("folds into the first (strongest) wording, in order", () => {
    const folded = foldNearDuplicates([
      { text: "Export controls on chips are a lever of foreign policy now." },
      { text: "Sovereign AI is about control, not invention." },
      { text: "Export controls on chips are now a lever of foreign policy." },
    ]);
    expect(folded.map((f) => [f.kept.text.slice(0, 12), f.folded.length])).toEqual([
      ["Export contr", 1],
      ["Sovereign AI", 0],
    ]);
  });
});
