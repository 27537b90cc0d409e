import type { ReadingListItem } from "./api/readingListDocument";

const RELATION_WORDS = { contradicts: "contradicts", supports: "supports", extends: "extends", same: "same claim as" } as const;

/**
 * How a reading-list item follows the one it responds to, in words before that item's number
 * ("contradicts 2"): its typed relation when the pair is labelled, else its cue-word role
 * ("contrasts 2"); null for an item that responds to nothing.
 */
export function transitionWords(item: Pick<ReadingListItem, "role" | "respondsTo" | "relation">): string | null {
  if (!item.respondsTo) return null;
  if (item.relation) return RELATION_WORDS[item.relation];
  return item.role === "extends" || item.role === "contrasts" ? item.role : null;
}
