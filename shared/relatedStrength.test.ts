import { describe, expect, it } from "vitest";
import { relatedStrength } from "./relatedStrength";

describe("relatedStrength", () => {
  it("keeps a weak link from looking like a strong one", () => {
    expect([0.04, 0.12, 0.3, 0.49, 0.5, 0.9].map(relatedStrength)).toEqual(["weak", "weak", "moderate", "moderate", "strong", "strong"]);
  });
});
