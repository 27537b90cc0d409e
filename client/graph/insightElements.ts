import type { ElementDefinition } from "cytoscape";
import type { Graph, InsightDetail, RelatedInsight } from "@shared/schemas/entities";
import { edgeId } from "./elements";
import { relationClass } from "./relationEdges";

/** Insight texts are sentences; on the canvas a node carries their opening words. */
export const labelLength = 48;

export function shortLabel(text: string, length = labelLength): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length - 1);
  // A cut that lands right before a space already ends on a whole word.
  const space = clean[length - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${space > length / 2 ? cut.slice(0, space) : cut}…`;
}

/** Insight node diameters: more related links, a little larger. */
export function sizeForLinks(links: number): number {
  return Math.round(14 + Math.min(18, Math.sqrt(links) * 5));
}

/**
 * A theme's insights and their related links. Edges whose ends are not both shown are dropped
 * (cytoscape throws on them); `text` keeps the whole claim for tooltips.
 */
export function toInsightElements(graph: Graph): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const links = new Map<string, number>();
  const pairs = new Map<string, Graph["edges"][number]>();
  for (const edge of graph.edges) {
    if (edge.source === edge.target || !ids.has(edge.source) || !ids.has(edge.target)) continue;
    const id = edgeId(edge.source, edge.target);
    if (pairs.has(id)) continue;
    pairs.set(id, edge);
    links.set(edge.source, (links.get(edge.source) ?? 0) + 1);
    links.set(edge.target, (links.get(edge.target) ?? 0) + 1);
  }
  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: "nodes",
    data: {
      id: node.id,
      label: shortLabel(node.label),
      text: node.label,
      links: links.get(node.id) ?? 0,
      size: sizeForLinks(links.get(node.id) ?? 0),
    },
  }));
  const edges: ElementDefinition[] = [...pairs].map(([id, edge]) => ({
    group: "edges",
    data: { id, source: edge.source, target: edge.target, weight: edge.weight, width: 1 + Math.min(4, edge.weight * 4) },
  }));
  return [...nodes, ...edges];
}

export const topicNodeId = (slug: string) => `topic:${slug}`;

/**
 * The neighbourhood of one insight: the insight, its related insights, and the topics they share
 * with it, so the picture shows why each one is related.
 */
export function relatedNeighbourhood(insight: InsightDetail, related: readonly RelatedInsight[]): Graph {
  const names = new Map(insight.topics.map((topic) => [topic.slug as string, topic.name]));
  const shared = new Set(related.flatMap((item) => item.sharedTopics.filter((slug) => names.has(slug))));
  return {
    nodes: [
      { id: insight.id, label: insight.text, insightCount: 1, kind: "insight" },
      ...related.map((item) => ({ id: item.id as string, label: item.text, insightCount: 1, kind: "insight" as const })),
      ...[...shared].map((slug) => ({ id: topicNodeId(slug), label: names.get(slug) ?? slug, insightCount: 0, kind: "topic" as const })),
    ],
    edges: [
      ...related.map((item) => ({ source: insight.id as string, target: item.id as string, weight: item.score })),
      ...[...shared].map((slug) => ({ source: insight.id as string, target: topicNodeId(slug), weight: 0 })),
      ...related.flatMap((item) =>
        item.sharedTopics.filter((slug) => shared.has(slug)).map((slug) => ({ source: item.id as string, target: topicNodeId(slug), weight: 0 })),
      ),
    ],
  };
}

/**
 * Cytoscape elements for `relatedNeighbourhood`; the focus and topics are told apart by class and
 * shape, and a related edge carries its typed relation as a class (see relationEdges.ts).
 */
export function toNeighbourhoodElements(graph: Graph, focus: string, related: readonly Pick<RelatedInsight, "id" | "relation">[] = []): ElementDefinition[] {
  const relations = new Map(related.map((item) => [item.id as string, item.relation]));
  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: "nodes",
    classes: node.id === focus ? "focus" : node.kind === "topic" ? "topic" : "insight",
    data: { id: node.id, label: node.kind === "topic" ? node.label : shortLabel(node.label, 30), text: node.label, size: node.id === focus ? 34 : node.kind === "topic" ? 22 : 20 },
  }));
  const edges: ElementDefinition[] = graph.edges.map((edge) => ({
    group: "edges",
    classes: edge.target.startsWith("topic:") ? "shares" : `related${edge.source === focus ? relationClass(relations.get(edge.target)) : ""}`,
    data: { id: `${edge.source}->${edge.target}`, source: edge.source, target: edge.target, width: edge.weight > 0 ? 1.5 + edge.weight * 3 : 1 },
  }));
  return [...nodes, ...edges];
}
