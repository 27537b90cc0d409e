import type { ElementDefinition } from "cytoscape";
import type { Graph } from "@shared/schemas/entities";
import type { ThemeLegend } from "./palette";
import { colourFor } from "./palette";

/** Node diameters in px: small enough that a hundred topics fit, large enough to click. */
export const nodeSize = { min: 22, max: 72 } as const;
/** Edge widths in px. */
export const edgeWidth = { min: 1, max: 9 } as const;

/**
 * Area, not diameter, tracks insight count, so a topic with four times the insights looks
 * four times as big rather than sixteen.
 */
export function sizeForInsightCount(count: number, largest: number): number {
  if (largest <= 0) return nodeSize.min;
  const share = Math.sqrt(Math.max(0, count) / largest);
  return Math.round(nodeSize.min + share * (nodeSize.max - nodeSize.min));
}

export function widthForWeight(weight: number, heaviest: number): number {
  if (heaviest <= 0) return edgeWidth.min;
  const share = Math.max(0, weight) / heaviest;
  return Math.round((edgeWidth.min + share * (edgeWidth.max - edgeWidth.min)) * 10) / 10;
}

/** One id per topic pair whichever way round the server listed it. */
export const edgeId = (a: string, b: string) => (a < b ? `${a}--${b}` : `${b}--${a}`);

/**
 * Maps the topic graph to cytoscape elements. NOTE: cytoscape throws on an edge whose end is
 * not a node, and a `limit` on the graph can cut nodes, so such edges are dropped here, as are
 * self-loops and repeats of the same pair (the heaviest is kept).
 */
export function toTopicElements(graph: Graph, legend?: ThemeLegend): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const pairs = new Map<string, Graph["edges"][number]>();
  for (const edge of graph.edges) {
    if (edge.source === edge.target || !ids.has(edge.source) || !ids.has(edge.target)) continue;
    const id = edgeId(edge.source, edge.target);
    const seen = pairs.get(id);
    if (!seen || seen.weight < edge.weight) pairs.set(id, edge);
  }

  const largest = Math.max(0, ...graph.nodes.map((node) => node.insightCount));
  const heaviest = Math.max(0, ...[...pairs.values()].map((edge) => edge.weight));

  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: "nodes",
    data: {
      id: node.id,
      label: node.label,
      insightCount: node.insightCount,
      size: sizeForInsightCount(node.insightCount, largest),
      community: node.community ?? null,
      colour: legend ? colourFor(legend, node.community) : "#4f6bed",
    },
  }));
  const edges: ElementDefinition[] = [...pairs].map(([id, edge]) => ({
    group: "edges",
    data: {
      id,
      source: edge.source,
      target: edge.target,
      weight: edge.weight,
      width: widthForWeight(edge.weight, heaviest),
    },
  }));
  return [...nodes, ...edges];
}
