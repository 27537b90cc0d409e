import type { InsightId } from "@shared/ids";
import type { TopicRef } from "@shared/schemas/entities";

/**
 * The reading list at hand: insights the researcher picked, in their order. It lives in the
 * browser (it survives a reload and needs no account); exporting copies it to a saved list on
 * the server, whose id is kept here so later exports update the same list.
 */
export interface ListedInsight {
  readonly id: InsightId;
  readonly text: string;
  readonly topics: readonly TopicRef[];
}

export interface ReadingList {
  readonly items: readonly ListedInsight[];
  /** The saved list on the server this one was last exported to. */
  readonly savedId: string | null;
}

export const emptyList: ReadingList = { items: [], savedId: null };

/** Most insights a list holds; the server's saved lists take up to 200. */
export const maxItems = 200;

export const contains = (list: ReadingList, id: string) => list.items.some((item) => item.id === id);

/** Adds at the end; an insight already listed, or a full list, stays as it is. */
export function addInsight(list: ReadingList, insight: ListedInsight): ReadingList {
  if (contains(list, insight.id) || list.items.length >= maxItems) return list;
  return { ...list, items: [...list.items, { id: insight.id, text: insight.text, topics: insight.topics }] };
}

export function removeInsight(list: ReadingList, id: string): ReadingList {
  return contains(list, id) ? { ...list, items: list.items.filter((item) => item.id !== id) } : list;
}

export const toggleInsight = (list: ReadingList, insight: ListedInsight) =>
  contains(list, insight.id) ? removeInsight(list, insight.id) : addInsight(list, insight);

/** Moves the item at `from` to index `to` (clamped), as a drag and drop does. */
export function moveItem(list: ReadingList, from: number, to: number): ReadingList {
  const last = list.items.length - 1;
  const target = Math.max(0, Math.min(last, to));
  if (from < 0 || from > last || from === target) return list;
  const items = [...list.items];
  const [moved] = items.splice(from, 1);
  if (!moved) return list;
  items.splice(target, 0, moved);
  return { ...list, items };
}

/** One step up (-1) or down (+1), as the keyboard moves an item. */
export function moveBy(list: ReadingList, id: string, step: number): ReadingList {
  const index = list.items.findIndex((item) => item.id === id);
  return index < 0 ? list : moveItem(list, index, index + step);
}

export const clearList = (list: ReadingList): ReadingList => (list.items.length === 0 ? list : { ...list, items: [] });

export const rememberSaved = (list: ReadingList, savedId: string | null): ReadingList =>
  list.savedId === savedId ? list : { ...list, savedId };

/** The topics a saved list is built from: those most items share, at most `max` (the API's bound). */
export function themeTopics(list: ReadingList, max = 10): string[] {
  const counts = new Map<string, number>();
  for (const item of list.items) for (const topic of item.topics) counts.set(topic.slug, (counts.get(topic.slug) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([slug]) => slug);
}

// NOTE: checked by hand rather than with zod: the list is in the first bundle (the header shows
// its count), and zod would more than double that bundle.
const insightIdPattern = /^[a-f0-9]{16,64}$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const isTopic = (value: unknown): value is TopicRef =>
  isRecord(value) && typeof value.slug === "string" && slugPattern.test(value.slug) && typeof value.name === "string";

const isItem = (value: unknown): value is ListedInsight =>
  isRecord(value) &&
  typeof value.id === "string" &&
  insightIdPattern.test(value.id) &&
  typeof value.text === "string" &&
  Array.isArray(value.topics) &&
  value.topics.every(isTopic);

/** Reads a stored list; unreadable items are dropped, an unreadable list is empty, never a broken page. */
export function parseList(text: string | null): ReadingList {
  if (!text) return emptyList;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return emptyList;
  }
  if (!isRecord(stored) || !Array.isArray(stored.items)) return emptyList;
  const items = stored.items.filter(isItem).slice(0, maxItems);
  return { items, savedId: typeof stored.savedId === "string" ? stored.savedId : null };
}

/** A graph node as a list entry; a node whose id is not an insight id (a topic) is not listable. */
export function listable(id: string, text: string, topics: readonly TopicRef[]): ListedInsight | null {
  return insightIdPattern.test(id) ? { id: id as InsightId, text, topics } : null;
}
