import type { TopicSlug } from "@shared/ids";

/**
 * The map's classes with pinned topics marked: a pin outlasts a selection or a filter, so a
 * pinned topic that would fade stays in full view.
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

/** Pins a topic, or unpins it if it was pinned; the newest pin last. */
export const togglePin = (pinned: readonly TopicSlug[], slug: TopicSlug): TopicSlug[] =>
  pinned.includes(slug) ? pinned.filter((pin) => pin !== slug) : [...pinned, slug];
