import { describe, expect, it } from "vitest";
import { estimateLabelBox, overlappingLabels } from "./labelCollisions";

const label = (id: string, x: number, y: number, priority: number, always = false) => ({ id, x, y, width: 80, height: 16, priority, always });

describe("label collisions", () => {
  it("hides the smaller of two overlapping labels and keeps labels that do not touch", () => {
    const hidden = overlappingLabels([label("big", 100, 100, 40), label("small", 120, 105, 10), label("apart", 400, 100, 5)]);
    expect([...hidden]).toEqual(["small"]);
  });

  it("always shows the selected topic's labels, hiding what they cover instead", () => {
    const hidden = overlappingLabels([label("big", 100, 100, 40), label("selected", 110, 100, 1, true)]);
    expect([...hidden]).toEqual(["big"]);
  });

  it("handles a crowd: no two shown labels overlap", () => {
    const crowd = Array.from({ length: 300 }, (_, n) => label(`n${n}`, (n * 37) % 400, (n * 53) % 300, n % 17));
    const hidden = overlappingLabels(crowd);
    const shown = crowd.filter((l) => !hidden.has(l.id));
    for (const a of shown)
      for (const b of shown)
        if (a !== b) expect(Math.abs(a.x - b.x) >= a.width || Math.abs(a.y - b.y) >= a.height).toBe(true);
    expect(shown.length).toBeGreaterThan(10);
  });

  it("estimates a wrapped label's box from its text", () => {
    expect(estimateLabelBox("AI", 10, 100)).toEqual({ width: 11.200000000000001, height: 12 });
    expect(estimateLabelBox("Public sector and procurement in middle powers", 10, 100).height).toBe(36);
  });
});
