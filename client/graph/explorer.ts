import { TopicSlug } from "@shared/ids";
import type { Graph, GraphNode } from "@shared/schemas/entities";
import { edgeId } from "./elements";

/**
 * What the researcher is doing on the topic map. It lives in the URL
 * (`?topic=&filter=&minWeight=&theme=&limit=`), so a view survives reload, is linkable, and the
 * back button undoes a selection.
 */
export interface ExplorerState {
  readonly selectedTopic: TopicSlug | null;
  readonly filter: string;
  /** Co-occurrence edges lighter than this (Jaccard, 0..1) are hidden. */
  readonly minWeight: number;
  /** A theme (community) picked in the legend: its topics stand out. */
  readonly theme: number | null;
  /** How many topics the map asks the server for, largest first. */
  readonly limit: number;
}

/** Topic counts the map offers, each "show more" moving one step up (the API serves up to 2,000). */
export const topicLimits = [150, 500, 2_000] as const;
const maxTopics = 2_000;

export const initialExplorer: ExplorerState = {
  selectedTopic: null,
  filter: "",
  minWeight: 0,
  theme: null,
  limit: topicLimits[0],
};

export const selectTopic = (state: ExplorerState, slug: TopicSlug): ExplorerState =>
  state.selectedTopic === slug ? state : { ...state, selectedTopic: slug };

export const clearSelection = (state: ExplorerState): ExplorerState =>
  state.selectedTopic === null ? state : { ...state, selectedTopic: null };

export const filterTopics = (state: ExplorerState, filter: string): ExplorerState =>
  state.filter === filter ? state : { ...state, filter };

export const setMinWeight = (state: ExplorerState, minWeight: number): ExplorerState => {
  const clamped = Math.min(1, Math.max(0, Math.round(minWeight * 100) / 100));
  return state.minWeight === clamped ? state : { ...state, minWeight: clamped };
};

/** Picking the highlighted theme again turns the highlight off. */
export const toggleTheme = (state: ExplorerState, theme: number): ExplorerState => ({
  ...state,
  theme: state.theme === theme ? null : theme,
});

/** The next step up in `topicLimits`, or the same state when the map already asks for the most. */
export function showMoreTopics(state: ExplorerState): ExplorerState {
  const next = topicLimits.find((limit) => limit > state.limit);
  return next === undefined ? state : { ...state, limit: next };
}

/**
 * What the map says about the part it shows: "showing the 150 largest of 303 topics", the next
 * step up, and "all" when every topic fits on one map. Without a total from the server, a full
 * page means there may be more.
 */
export function shownTopics(graph: Graph, state: ExplorerState) {
  const shown = graph.nodes.length;
  const total = graph.total ?? (shown >= state.limit ? null : shown);
  const cut = total === null || total > shown;
  const next = showMoreTopics(state);
  const more = cut && next !== state && (total === null || next.limit < total) ? next : null;
  const all = cut && total !== null && total <= maxTopics ? { ...state, limit: total } : null;
  return { shown, total, cut, more, all };
}

const number = (text: string | null, fallback: number, min: number, max: number) => {
  const value = text === null || text.trim() === "" ? Number.NaN : Number(text);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
};

/** Reads the state from a URL, ignoring values that are out of range or not what they claim. */
export function explorerFromSearch(search: URLSearchParams): ExplorerState {
  const topic = TopicSlug.safeParse(search.get("topic"));
  const theme = number(search.get("theme"), -1, -1, 1_000_000);
  const limit = number(search.get("limit"), initialExplorer.limit, 1, maxTopics);
  return {
    selectedTopic: topic.success ? topic.data : null,
    filter: search.get("filter") ?? "",
    minWeight: number(search.get("minWeight"), 0, 0, 1),
    theme: theme >= 0 ? Math.floor(theme) : null,
    limit: Math.floor(limit),
  };
}

export function explorerToSearch(state: ExplorerState): URLSearchParams {
  const search = new URLSearchParams();
  if (state.selectedTopic) search.set("topic", state.selectedTopic);
  if (state.filter) search.set("filter", state.filter);
  if (state.minWeight > 0) search.set("minWeight", String(state.minWeight));
  if (state.theme !== null) search.set("theme", String(state.theme));
  if (state.limit !== initialExplorer.limit) search.set("limit", String(state.limit));
  return search;
}

const matches = (node: GraphNode, filter: string) => {
  const wanted = filter.trim().toLowerCase();
  return !wanted || node.label.toLowerCase().includes(wanted) || node.id.includes(wanted);
};

/** The topics the list beside the map shows: those matching the filter, most insights first. */
export function listedTopics(graph: Graph, state: Pick<ExplorerState, "filter">): readonly GraphNode[] {
  return graph.nodes
    .filter((node) => matches(node, state.filter))
    .toSorted((a, b) => b.insightCount - a.insightCount || a.label.localeCompare(b.label));
}

export function neighboursOf(graph: Graph, slug: string, minWeight = 0): ReadonlySet<string> {
  const found = new Set<string>();
  for (const { source, target, weight } of graph.edges) {
    if (weight < minWeight) continue;
    if (source === slug && target !== slug) found.add(target);
    if (target === slug && source !== slug) found.add(source);
  }
  return found;
}

/**
 * Cytoscape classes per element id: the selected topic and its neighbours stand out, the rest
 * fade; a filter or a highlighted theme fades topics outside it; edges under the minimum weight
 * are hidden. Every element gets an entry, so applying the map also clears old classes.
 */
export function explorerClasses(graph: Graph, state: Partial<ExplorerState>): ReadonlyMap<string, string> {
  const { selectedTopic: selected = null, filter = "", minWeight = 0, theme = null } = state;
  const neighbours = selected ? neighboursOf(graph, selected, minWeight) : new Set<string>();
  const classes = new Map<string, string>();
  const inTheme = (node: GraphNode) => theme === null || node.community === theme;

  for (const node of graph.nodes) {
    if (node.id === selected) classes.set(node.id, "selected");
    else if (neighbours.has(node.id)) classes.set(node.id, "neighbour");
    else if (selected || !matches(node, filter) || !inTheme(node)) classes.set(node.id, "faded");
    else classes.set(node.id, filter.trim() ? "match" : "");
  }
  for (const { source, target, weight } of graph.edges) {
    const id = edgeId(source, target);
    if (weight < minWeight) classes.set(id, "hidden");
    else if (source === selected || target === selected) classes.set(id, "highlighted");
    else classes.set(id, selected ? "faded" : "");
  }
  return classes;
}

/** How many edges the minimum weight leaves on the map. */
export const visibleEdgeCount = (graph: Graph, minWeight: number) =>
  graph.edges.reduce((count, edge) => count + (edge.weight >= minWeight ? 1 : 0), 0);

/** The topics of a theme (community) on the map, largest first: what an opened theme lists. */
export function themeTopics(graph: Graph, community: number): Graph["nodes"][number][] {
  return graph.nodes
    .filter((node) => node.community === community)
    .toSorted((a, b) => b.insightCount - a.insightCount || a.label.localeCompare(b.label));
}
