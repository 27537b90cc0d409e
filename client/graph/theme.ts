import type { Graph, GraphEdge, GraphNode, RelatedInsight } from "@shared/schemas/entities";
import { edgeId } from "./elements";

/**
 * A theme view: the topic's insights loaded so far (page by page), insights pulled in by
 * expanding a node's related links in place, and the selected insight. Changed only by the pure
 * functions below, so it is tested without a DOM.
 */
export interface ThemeState {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
  /** Insights of the topic itself loaded so far: the offset of the next page. */
  readonly loaded: number;
  /** All the topic's insights, as the last page counted them; null before a page said. */
  readonly total: number | null;
  /** Insights whose related links were brought in. */
  readonly expanded: ReadonlySet<string>;
  /** Insights that came in by expanding rather than as the topic's own. */
  readonly pulledIn: ReadonlySet<string>;
  readonly selected: string | null;
}

export const emptyTheme: ThemeState = {
  nodes: new Map(),
  edges: new Map(),
  loaded: 0,
  total: null,
  expanded: new Set(),
  pulledIn: new Set(),
  selected: null,
};

function withEdges(edges: ReadonlyMap<string, GraphEdge>, added: readonly GraphEdge[], nodes: ReadonlyMap<string, GraphNode>) {
  const next = new Map(edges);
  for (const edge of added) {
    if (edge.source === edge.target || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    const id = edgeId(edge.source, edge.target);
    const seen = next.get(id);
    if (!seen || seen.weight < edge.weight) next.set(id, edge);
  }
  return next;
}

/** Adds the next page of the topic's insights; an insight pulled in earlier becomes the topic's own. */
export function addPage(state: ThemeState, page: Graph): ThemeState {
  const nodes = new Map(state.nodes);
  const pulledIn = new Set(state.pulledIn);
  for (const node of page.nodes) {
    nodes.set(node.id, node);
    pulledIn.delete(node.id);
  }
  return {
    ...state,
    nodes,
    pulledIn,
    // A page carries its links to earlier pages too, so these join up with what is shown.
    edges: withEdges(state.edges, page.edges, nodes),
    loaded: state.loaded + page.nodes.length,
    total: page.total ?? state.total,
  };
}

/** Brings an insight's related insights into the graph beside it, linked to it by their scores. */
export function expandInsight(state: ThemeState, id: string, related: readonly RelatedInsight[]): ThemeState {
  if (!state.nodes.has(id)) return state;
  const nodes = new Map(state.nodes);
  const pulledIn = new Set(state.pulledIn);
  for (const item of related) {
    if (nodes.has(item.id)) continue;
    nodes.set(item.id, { id: item.id, label: item.text, insightCount: 1, kind: "insight" });
    pulledIn.add(item.id);
  }
  const edges = withEdges(state.edges, related.map((item) => ({ source: id, target: item.id, weight: item.score })), nodes);
  return { ...state, nodes, edges, pulledIn, expanded: new Set([...state.expanded, id]) };
}

export const selectInsight = (state: ThemeState, id: string | null): ThemeState =>
  state.selected === id || (id !== null && !state.nodes.has(id)) ? state : { ...state, selected: id };

export const themeGraph = (state: ThemeState): Graph => ({ nodes: [...state.nodes.values()], edges: [...state.edges.values()] });

/**
 * "Showing 250 of 2,340 insights": what the view says about the part it shows. The pages' own
 * count wins over `fallbackTotal` (the topic's insight count), being counted with the pages.
 */
export function shownPart(state: ThemeState, fallbackTotal: number): { shown: number; total: number; more: boolean } {
  const total = state.total ?? fallbackTotal;
  const shown = Math.min(state.loaded, total);
  return { shown, total, more: state.loaded < total };
}

/** The selected insight and its linked insights stand out; what was expanded is marked. */
export function themeClasses(state: ThemeState): ReadonlyMap<string, string> {
  const { selected } = state;
  const linked = new Set<string>();
  const classes = new Map<string, string>();
  for (const [id, { source, target }] of state.edges) {
    const touches = source === selected || target === selected;
    if (touches) linked.add(source === selected ? target : source);
    classes.set(id, touches ? "highlighted" : selected ? "faded" : "");
  }
  for (const id of state.nodes.keys()) {
    const names = [];
    if (id === selected) names.push("selected");
    else if (linked.has(id)) names.push("neighbour");
    else if (selected) names.push("faded");
    if (state.expanded.has(id)) names.push("expanded");
    if (state.pulledIn.has(id)) names.push("pulled-in");
    classes.set(id, names.join(" "));
  }
  return classes;
}
