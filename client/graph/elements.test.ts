import { describe, expect, it } from "vitest";
import type { Graph } from "@shared/schemas/entities";
import { edgeWidth, nodeSize, sizeForInsightCount, toTopicElements, widthForWeight } from "./elements";

const graph: Graph = {
  nodes: [
    { id: "sovereign-ai", label: "Sovereign AI", insightCount: 16 },
    { id: "open-source", label: "Open source", insightCount: 4 },
    { id: "compute", label: "Compute", insightCount: 0 },
  ],
  edges: [
    { source: "sovereign-ai", target: "open-source", weight: 6 },
    { source: "open-source", target: "sovereign-ai", weight: 2 },
    { source: "open-source", target: "compute", weight: 3 },
    { source: "compute", target: "compute", weight: 9 },
    { source: "compute", target: "cut-by-limit", weight: 9 },
  ],
};

const byId = (id: string) => toTopicElements(graph).find((element) => element.data.id === id);

describe("toTopicElements", () => {
  it("makes one node per topic, labelled, sized by insight count", () => {
    expect(byId("sovereign-ai")?.data).toMatchObject({ label: "Sovereign AI", size: nodeSize.max });
    expect(byId("compute")?.data).toMatchObject({ size: nodeSize.min });
    const middle = Number(byId("open-source")?.data["size"]);
    expect(middle).toBeGreaterThan(nodeSize.min);
    expect(middle).toBeLessThan(nodeSize.max);
  });

  it("keeps one edge per topic pair, the heaviest, widest for the heaviest weight", () => {
    const edges = toTopicElements(graph).filter((element) => element.group === "edges");
    expect(edges.map((edge) => edge.data.id).sort()).toEqual([
      "compute--open-source",
      "open-source--sovereign-ai",
    ]);
    expect(byId("open-source--sovereign-ai")?.data).toMatchObject({ weight: 6, width: edgeWidth.max });
  });

  it("drops self-loops and edges to topics the graph does not hold, which cytoscape rejects", () => {
    const ids = new Set(graph.nodes.map((node) => node.id));
    for (const element of toTopicElements(graph).filter((e) => e.group === "edges")) {
      const { source, target } = element.data as { source: string; target: string };
      expect(ids.has(source) && ids.has(target) && source !== target).toBe(true);
    }
  });

  it("copes with an empty graph", () => {
    expect(toTopicElements({ nodes: [], edges: [] })).toEqual([]);
  });
});

describe("scales", () => {
  it("grows node area, not diameter, with insight count", () => {
    const quarter = sizeForInsightCount(25, 100) - nodeSize.min;
    const full = sizeForInsightCount(100, 100) - nodeSize.min;
    expect(quarter / full).toBeCloseTo(0.5, 1);
  });

  it("never goes below the minimum, even for nonsense input", () => {
    expect(sizeForInsightCount(-3, 10)).toBe(nodeSize.min);
    expect(sizeForInsightCount(5, 0)).toBe(nodeSize.min);
    expect(widthForWeight(4, 0)).toBe(edgeWidth.min);
    expect(widthForWeight(0, 8)).toBe(edgeWidth.min);
  });
});
