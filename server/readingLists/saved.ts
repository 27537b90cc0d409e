import { randomUUID } from "node:crypto";
import type { ReadingListDocument, Theme } from "@shared/api/readingListDocument";
import type { PlacedItem, ReadingListId } from "@shared/api/readingLists";
import type { InsightId, TopicSlug } from "@shared/ids";
import type { Database, ManagedTransaction } from "../db";
import { badRequest, notFound } from "../errors";
import {
  type SavedItem,
  createReadingList,
  findReadingList,
  replaceItems,
  updateReadingList,
} from "../repositories/readingLists";
import { findInsightRows, findLinksAmong, findTopicsAmong } from "../repositories/theme";
import { readThemeCruxes } from "../speakers/topicCruxes";
import { type GeneratedList, generateReadingList } from "./generate";
import { savedDocument } from "./savedDocument";

/** A built document's items as INCLUDES rows, in reading order. */
const itemsOf = (document: ReadingListDocument): SavedItem[] =>
  document.sections.flatMap((section) =>
    section.items.map((item) => ({
      id: item.id,
      section: section.title,
      role: item.role,
      respondsTo: item.respondsTo,
      strength: item.strength,
      folded: item.alsoSaidIn.map((duplicate) => duplicate.id),
    })),
  );

/** Builds a list for a theme and saves it under a name (the list's own title by default). */
export async function saveReadingList(db: Database, theme: Theme, name: string | undefined, now: Date): Promise<GeneratedList> {
  const { document } = await generateReadingList(db, theme, now);
  const id = randomUUID().replaceAll("-", "") as ReadingListId;
  const at = now.toISOString();
  await db.write("createReadingList", async (tx) => {
    await createReadingList(tx, { id, name: name ?? document.title, theme, now: at });
    await replaceItems(tx, id, itemsOf(document), at);
  });
  return (await loadSavedReadingList(db, id))!;
}

export async function loadSavedReadingList(db: Database, id: ReadingListId): Promise<GeneratedList | null> {
  return db.read("readingList", async (tx) => {
    const list = await findReadingList(tx, id);
    if (!list) return null;
    const itemIds = list.items.map((item) => item.id);
    const rows = await findInsightRows(tx, [...new Set([...itemIds, ...list.items.flatMap((item) => item.folded)])]);
    const related = await findLinksAmong(tx, itemIds);
    const slugs = new Set<TopicSlug>(list.theme.topics);
    for (const row of rows) for (const topic of row.topics) slugs.add(topic.slug);
    const { topics, links } = await findTopicsAmong(tx, [...slugs]);
    // Cruxes are not saved with the items: like relations, they are read as the graph is today.
    const cruxes = await readThemeCruxes(tx, list.theme.topics);
    return { document: savedDocument(list, rows, topics, related, cruxes), links: { related, coOccurs: links } };
  });
}

export interface ListChange {
  readonly name?: string;
  readonly items?: readonly PlacedItem[];
  /** A new theme, or the list's own when only `regenerate` is asked for. */
  readonly theme?: Theme;
  readonly regenerate?: boolean;
}

/** Renames, edits by hand, or regenerates a saved list; null when there is no such list. */
export async function changeReadingList(db: Database, id: ReadingListId, change: ListChange, now: Date): Promise<GeneratedList | null> {
  const current = await db.read("readingList", (tx) => findReadingList(tx, id));
  if (!current) return null;
  const at = now.toISOString();
  if (change.theme || change.regenerate) {
    // Built outside the write: the read and the scoring need no lock on the list.
    const theme = change.theme ?? current.theme;
    const { document } = await generateReadingList(db, theme, now);
    await db.write("regenerateReadingList", async (tx) => {
      if (!(await updateReadingList(tx, id, { name: change.name, theme, now: at }))) throw notFound(`Reading list ${id}`);
      await replaceItems(tx, id, itemsOf(document), at);
    });
  } else {
    await db.write("editReadingList", async (tx) => {
      if (!(await updateReadingList(tx, id, { name: change.name, now: at }))) throw notFound(`Reading list ${id}`);
      if (change.items) await replaceItems(tx, id, await placedItems(tx, change.items, current.items), at);
    });
  }
  return loadSavedReadingList(db, id);
}

/** Items placed by hand keep what the builder knew about them; new ones are marked `added`. */
async function placedItems(tx: ManagedTransaction, placed: readonly PlacedItem[], before: readonly SavedItem[]): Promise<SavedItem[]> {
  const ids = placed.map((item) => item.id);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0) throw badRequest(`An insight can be in a list once: ${[...new Set(repeated)].join(", ")}`);
  const found = new Set((await findInsightRows(tx, ids)).map((row) => row.id));
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length > 0) throw badRequest(`No such insight: ${unknown.join(", ")}`, { unknown });
  const previous = new Map<InsightId, SavedItem>(before.map((item) => [item.id, item]));
  const kept = new Set(ids);
  return placed.map(({ id, section }) => {
    const old = previous.get(id);
    if (!old) return { id, section, role: "added", respondsTo: null, strength: 0, folded: [] };
    // A claim can only respond to one still in the list.
    return { ...old, section, respondsTo: old.respondsTo && kept.has(old.respondsTo) ? old.respondsTo : null };
  });
}
