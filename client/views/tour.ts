import type { ReadingListDocument } from "@shared/api/readingListDocument";
import { ReadingListId } from "@shared/api/readingLists";
import { TopicSlug } from "@shared/ids";
import type { TopicRef } from "@shared/schemas/entities";

/** One stop of a tour: a reading list's section as a state of the map (its topics pinned and framed). */
export interface TourStep {
  readonly title: string;
  readonly topics: readonly TopicRef[];
  readonly insights: readonly { readonly id: string; readonly text: string }[];
}

/** Where a tour's reading list comes from: a saved list, or one built from topics on the fly. */
export type TourSource = { readonly kind: "saved"; readonly id: ReadingListId } | { readonly kind: "theme"; readonly topics: readonly TopicSlug[] };

/** The steps of a reading list's tour: its sections in reading order; a section with no topics has nothing to show on the map. */
export function tourSteps(document: ReadingListDocument): TourStep[] {
  return document.sections
    .filter((section) => section.topics.length > 0)
    .map((section) => ({ title: section.title, topics: section.topics, insights: section.items.map((item) => ({ id: item.id, text: item.text })) }));
}

/**
 * The tour an address asks for (`?tour=<saved list id>` or `?tour=topics:a,b`), null for none, or
 * a sentence when the address names no tour this app could have made.
 */
export function tourFromSearch(search: URLSearchParams): TourSource | null | string {
  const value = search.get("tour");
  if (value === null) return null;
  if (value.startsWith("topics:")) {
    const topics = value.slice("topics:".length).split(",").map((slug) => TopicSlug.safeParse(slug));
    if (topics.length > 0 && topics.length <= 10 && topics.every((topic) => topic.success)) return { kind: "theme", topics: topics.map((topic) => topic.data!) };
    return "This tour's address names topics that aren't topics here.";
  }
  const id = ReadingListId.safeParse(value);
  return id.success ? { kind: "saved", id: id.data } : "This tour's address doesn't name a reading list.";
}

/** The address of a tour's step: 1 is the first section. */
export const tourAddress = (source: TourSource, step = 1) =>
  `/?${new URLSearchParams({ tour: source.kind === "saved" ? source.id : `topics:${source.topics.join(",")}`, step: String(step) }).toString()}`;

/** The step an address asks for, kept within the tour (a list regenerated since may have fewer sections). */
export function stepFromSearch(search: URLSearchParams, count: number): number {
  const step = Number(search.get("step"));
  return Number.isInteger(step) ? Math.min(Math.max(1, step), Math.max(1, count)) : 1;
}
