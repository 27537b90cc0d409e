import type { ViewNode } from "@shared/api/views";

/**
 * A graph's classes with pinned nodes marked: a pin outlasts a selection or a filter, so a
 * pinned node that would fade stays in full view.
 */
export function withPins(classes: ReadonlyMap<string, string>, pinned: readonly string[]): ReadonlyMap<string, string> {
  if (pinned.length === 0) return classes;
  const marked = new Map(classes);
  for (const id of pinned) {
    if (!marked.has(id)) continue;
    const names = marked.get(id)!.split(" ").filter((name) => name !== "" && name !== "faded");
    marked.set(id, [...names, "pinned"].join(" "));
  }
  return marked;
}

/** Pins a node, or unpins it if it was pinned; the newest pin last. */
export const togglePin = (pinned: readonly ViewNode[], id: ViewNode): ViewNode[] =>
  pinned.includes(id) ? pinned.filter((pin) => pin !== id) : [...pinned, id];

/**
 * A layout with the nodes a view dragged put where it left them; positions of nodes no longer
 * in the graph are dropped by the layout's own node set.
 */
export function withMoved<L extends object>(layout: L, moved: Readonly<Record<string, readonly [number, number]>>): L {
  const entries = Object.entries(moved);
  if (entries.length === 0) return layout;
  const positions = { ...(layout as { positions?: Record<string, unknown> }).positions };
  for (const [id, [x, y]] of entries) if (id in positions) positions[id] = { x, y };
  return { ...layout, positions };
}
