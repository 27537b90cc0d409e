import { TopicSlug } from "@shared/ids";
import type { Graph, GraphNode } from "@shared/schemas/entities";
import { edgeId } from "./elements";

/**
 * What the researcher is doing on the topic map. It lives in the URL (`?topic=&filter=`), so a
 * selection survives reload, is linkable, and the back button undoes it.
 */
export interface ExplorerState {
  readonly selectedTopic: TopicSlug | null;
  readonly filter: string;
}

export const initialExplorer: ExplorerState = { selectedTopic: null, filter: "" };

export const selectTopic = (state: ExplorerState, slug: TopicSlug): ExplorerState =>
  state.selectedTopic === slug ? state : { ...state, selectedTopic: slug };

export const clearSelection = (state: ExplorerState): ExplorerState =>
  state.selectedTopic === null ? state : { ...state, selectedTopic: null };

export const filterTopics = (state: ExplorerState, filter: string): ExplorerState =>
  state.filter === filter ? state : { ...state, filter };

/** Reads the state from a URL, ignoring a `topic` that is not a valid slug. */
export function explorerFromSearch(search: URLSearchParams): ExplorerState {
  const topic = TopicSlug.safeParse(search.get("topic"));
  return { selectedTopic: topic.success ? topic.data : null, filter: search.get("filter") ?? "" };
}

export function explorerToSearch(state: ExplorerState): URLSearchParams {
  const search = new URLSearchParams();
  if (state.selectedTopic) search.set("topic", state.selectedTopic);
  if (state.filter) search.set("filter", state.filter);
  return search;
}

const matches = (node: GraphNode, filter: string) => {
  const wanted = filter.trim().toLowerCase();
  return !wanted || node.label.toLowerCase().includes(wanted) || node.id.includes(wanted);
};

/** The topics the list beside the map shows: those matching the filter, most insights first. */
export function listedTopics(graph: Graph, state: ExplorerState): readonly GraphNode[] {
  return graph.nodes
    .filter((node) => matches(node, state.filter))
    .toSorted((a, b) => b.insightCount - a.insightCount || a.label.localeCompare(b.label));
}

export function neighboursOf(graph: Graph, slug: string): ReadonlySet<string> {
  const found = new Set<string>();
  for (const { source, target } of graph.edges) {
    if (source === slug && target !== slug) found.add(target);
    if (target === slug && source !== slug) found.add(source);
  }
  return found;
}

/**
 * Cytoscape classes per element id: the selected topic and its neighbours stand out, the rest
 * fade; a filter fades topics that do not match. Every element gets an entry, so applying the
 * map also clears classes left from the previous state.
 */
export function explorerClasses(graph: Graph, state: ExplorerState): ReadonlyMap<string, string> {
  const { selectedTopic: selected, filter } = state;
  const neighbours = selected ? neighboursOf(graph, selected) : new Set<string>();
  const classes = new Map<string, string>();

  for (const node of graph.nodes) {
    if (node.id === selected) classes.set(node.id, "selected");
    else if (neighbours.has(node.id)) classes.set(node.id, "neighbour");
    else if (selected || !matches(node, filter)) classes.set(node.id, "faded");
    else classes.set(node.id, filter.trim() ? "match" : "");
  }
  for (const { source, target } of graph.edges) {
    const touches = source === selected || target === selected;
    classes.set(edgeId(source, target), touches ? "highlighted" : selected ? "faded" : "");
  }
  return classes;
}
