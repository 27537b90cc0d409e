import { describe, expect, it } from "vitest";
import { fitViewport } from "./viewport";

const box = { width: 800, height: 600, padding: 20, minZoom: 0.05, maxZoom: 1.4 };
const rendered = (model: { x: number; y: number }, view: ReturnType<typeof fitViewport>) => ({
  x: model.x * view.zoom + view.pan.x,
  y: model.y * view.zoom + view.pan.y,
});

describe("fitViewport", () => {
  it("puts every node inside the box, within the padding", () => {
    const nodes = [
      { position: { x: -1_000, y: 300 }, size: 40 },
      { position: { x: 2_500, y: -700 }, size: 72 },
      { position: { x: 400, y: 1_900 }, size: 22 },
    ];
    const view = fitViewport(nodes, box);
    for (const { position, size } of nodes) {
      const at = rendered(position, view);
      const half = (size / 2) * view.zoom;
      expect(at.x - half).toBeGreaterThanOrEqual(box.padding - 0.001);
      expect(at.x + half).toBeLessThanOrEqual(box.width - box.padding + 0.001);
      expect(at.y - half).toBeGreaterThanOrEqual(box.padding - 0.001);
      expect(at.y + half).toBeLessThanOrEqual(box.height - box.padding + 0.001);
    }
  });

  it("fills the tighter side of the box", () => {
    const view = fitViewport([{ position: { x: 0, y: 0 }, size: 10 }, { position: { x: 3_000, y: 0 }, size: 10 }], box);
    expect(view.zoom).toBeCloseTo((box.width - 2 * box.padding) / 3_010, 6);
  });

  it("does not blow a small graph up past the largest zoom, and centres it", () => {
    const view = fitViewport([{ position: { x: 50, y: 80 }, size: 30 }], box);
    expect(view.zoom).toBe(box.maxZoom);
    expect(rendered({ x: 50, y: 80 }, view)).toEqual({ x: 400, y: 300 });
  });

  it("answers something usable for no nodes or a box with no room", () => {
    expect(fitViewport([], box)).toEqual({ zoom: 1, pan: { x: 400, y: 300 } });
    expect(Number.isFinite(fitViewport([{ position: { x: 1, y: 1 }, size: 10 }], { ...box, width: 0 }).zoom)).toBe(true);
  });
});
