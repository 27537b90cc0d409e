import { describe, expect, it } from "vitest";
import { InsightDetail, RelatedInsight } from "@shared/schemas/entities";
import type { Community } from "@shared/schemas/entities";
import { relatedNeighbourhood, shortLabel } from "./insightElements";
import { noThemeColour, themeLegend, themePalette } from "./palette";
import { isSoftwareRenderer, renderPlanFor } from "./renderPlan";

const gpu = { webgl: true, hardware: true };
const software = { webgl: true, hardware: false };

describe("renderPlanFor", () => {
  it("draws small graphs in full on the canvas", () => {
    expect(renderPlanFor(150, gpu)).toEqual({ webgl: false, textureOnViewport: false, labelsByZoom: false });
  });

  it("gives big graphs level of detail, and WebGL only with a real GPU and a very big graph", () => {
    expect(renderPlanFor(2_000, gpu)).toMatchObject({ webgl: false, textureOnViewport: true, labelsByZoom: true });
    expect(renderPlanFor(5_000, gpu).webgl).toBe(true);
    expect(renderPlanFor(5_000, software).webgl).toBe(false);
  });

  it("recognises software rasterisers", () => {
    expect(isSoftwareRenderer("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)")).toBe(true);
    expect(isSoftwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)")).toBe(true);
    expect(isSoftwareRenderer("ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11)")).toBe(false);
  });
});

describe("themeLegend", () => {
  it("gives the largest themes their own colours and greys the rest", () => {
    const communities: Community[] = Array.from({ length: themePalette.length + 2 }, (_, id) => ({ id, label: `t${id}`, topicCount: 100 - id }));
    const legend = themeLegend(communities);
    expect(legend.entries).toHaveLength(themePalette.length);
    expect(new Set(legend.entries.map((entry) => entry.colour)).size).toBe(themePalette.length);
    expect(legend.otherTopics).toBe(100 - themePalette.length + 100 - themePalette.length - 1);
    expect(legend.colours.get(themePalette.length)).toBeUndefined();
    expect(noThemeColour).not.toBe(legend.entries[0]?.colour);
  });
});

describe("insight labels and neighbourhoods", () => {
  it("cuts long claims at a word", () => {
    expect(shortLabel("Most countries will adapt the best open models to their own data", 30)).toBe("Most countries will adapt the…");
    expect(shortLabel("Short claim.")).toBe("Short claim.");
  });

  it("links an insight to its related insights and the topics they share", () => {
    const id = (c: string) => c.repeat(16);
    const graph = relatedNeighbourhood(
      InsightDetail.parse({ id: id("a"), text: "A", quote: null, startSec: null, endSec: null, confidence: null, source: null, topics: [{ slug: "x", name: "X" }] }),
      [RelatedInsight.parse({ id: id("b"), text: "B", score: 0.7, sharedTopics: ["x", "y"], reason: "shares X" })],
    );
    expect(graph.nodes.map((node) => node.id)).toEqual([id("a"), id("b"), "topic:x"]);
    expect(graph.edges).toContainEqual({ source: id("a"), target: id("b"), weight: 0.7 });
    expect(graph.edges).toContainEqual({ source: id("b"), target: "topic:x", weight: 0 });
  });
});
