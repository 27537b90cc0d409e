import { describe, expect, it } from "vitest";
import type { StylesheetJson } from "cytoscape";
import { minLabelPixels, topicLabelStyle } from "./style";

const fontSize = (sheet: StylesheetJson) => {
  const block = sheet.find((b) => "selector" in b && b.selector === "node");
  return Number(block && "style" in block ? (block.style as Record<string, unknown>)["font-size"] : NaN);
};

describe("topicLabelStyle", () => {
  it("keeps the designed size at and above zoom 1", () => {
    expect(fontSize(topicLabelStyle(1))).toBe(fontSize(topicLabelStyle(3)));
  });

  it("grows labels in model space so they stay readable on screen when zoomed out", () => {
    for (const zoom of [0.2, 0.35, 0.5, 0.8]) {
      expect(fontSize(topicLabelStyle(zoom)) * zoom).toBeGreaterThanOrEqual(minLabelPixels * 0.95);
    }
  });

  it("moves in steps, so small zoom changes give the same style", () => {
    expect(topicLabelStyle(0.501)).toEqual(topicLabelStyle(0.503));
  });

  it("survives a zoom of zero", () => {
    expect(Number.isFinite(fontSize(topicLabelStyle(0)))).toBe(true);
  });
});
