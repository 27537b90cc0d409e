import type { InsightId } from "@shared/ids";
import type { ItemRole, Theme } from "@shared/api/readingListDocument";
import type { ReadingListId, ReadingListSummary } from "@shared/api/readingLists";
import { int, type ManagedTransaction } from "../db";

/** One INCLUDES edge: where an insight sits in a saved list and why. */
export interface SavedItem {
  readonly id: InsightId;
  readonly section: string;
  readonly role: ItemRole;
  readonly respondsTo: InsightId | null;
  readonly strength: number;
  /** Near-duplicates folded into this item when the list was built. */
  readonly folded: readonly InsightId[];
}

export interface SavedList {
  readonly id: ReadingListId;
  readonly name: string;
  readonly theme: Theme;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** In reading order. */
  readonly items: readonly SavedItem[];
}

/** Neo4j stores no nulls: an absent theme field is an unset property. */
const themeProperties = (theme: Theme) => ({ ...theme, limit: int(theme.limit) });

export async function createReadingList(
  tx: ManagedTransaction,
  list: { id: ReadingListId; name: string; theme: Theme; now: string },
): Promise<void> {
  await tx.run(
    `CREATE (l:ReadingList {id: $id, name: $name, createdAt: datetime($now), updatedAt: datetime($now)})
     SET l += $theme`,
    { ...list, theme: themeProperties(list.theme) },
  );
}

/** Renames a list and/or changes its theme; false when there is no such list. */
export async function updateReadingList(
  tx: ManagedTransaction,
  id: ReadingListId,
  change: { name?: string; theme?: Theme; now: string },
): Promise<boolean> {
  const result = await tx.run(
    `MATCH (l:ReadingList {id: $id})
     SET l.name = coalesce($name, l.name), l.updatedAt = datetime($now)
     RETURN count(l) AS found`,
    { id, name: change.name ?? null, now: change.now },
  );
  const found = result.records[0]?.get("found") > 0;
  if (found && change.theme) {
    // The optional fields go first, so a filter the new theme clears does not linger.
    await tx.run(
      `MATCH (l:ReadingList {id: $id})
       REMOVE l.q, l.from, l.to, l.sources, l.kinds
       SET l += $theme`,
      { id, theme: themeProperties(change.theme) },
    );
  }
  return found;
}

/** Replaces a list's items, in the order given; insights that no longer exist are skipped. */
export async function replaceItems(tx: ManagedTransaction, id: ReadingListId, items: readonly SavedItem[], now: string): Promise<void> {
  await tx.run(
    `MATCH (l:ReadingList {id: $id})
     CALL (l) {
       MATCH (l)-[old:INCLUDES]->()
       DELETE old
     }
     SET l.updatedAt = datetime($now)
     WITH l
     UNWIND range(0, size($items) - 1) AS position
     WITH l, position, $items[position] AS item
     MATCH (i:Insight {id: item.id})
     CREATE (l)-[:INCLUDES {
       position: position, section: item.section, role: item.role, respondsTo: item.respondsTo,
       strength: item.strength, folded: item.folded
     }]->(i)`,
    { id, items, now },
  );
}

export async function findReadingList(tx: ManagedTransaction, id: ReadingListId): Promise<SavedList | null> {
  const result = await tx.run(
    `MATCH (l:ReadingList {id: $id})
     RETURN l {.*, createdAt: toString(l.createdAt), updatedAt: toString(l.updatedAt)} AS list,
            COLLECT {
              MATCH (l)-[r:INCLUDES]->(i:Insight)
              RETURN {id: i.id, section: r.section, role: r.role, respondsTo: r.respondsTo,
                      strength: r.strength, folded: coalesce(r.folded, [])} AS item
              ORDER BY r.position
            } AS items`,
    { id },
  );
  const record = result.records[0];
  if (!record) return null;
  const list = record.get("list");
  return {
    id,
    name: list.name,
    createdAt: list.createdAt,
    updatedAt: list.updatedAt,
    theme: {
      topics: list.topics,
      q: list.q ?? null,
      from: list.from ?? null,
      to: list.to ?? null,
      sources: list.sources ?? null,
      kinds: list.kinds ?? null,
      limit: Number(list.limit),
    },
    items: record.get("items"),
  };
}

/** Saved lists, last changed first, with their topics' names. */
export async function listReadingLists(tx: ManagedTransaction, limit: number): Promise<ReadingListSummary[]> {
  const result = await tx.run(
    `MATCH (l:ReadingList)
     WITH l ORDER BY l.updatedAt DESC, l.id LIMIT $limit
     RETURN l.id AS id, l.name AS name, toString(l.createdAt) AS createdAt, toString(l.updatedAt) AS updatedAt,
            COUNT { (l)-[:INCLUDES]->() } AS itemCount,
            [slug IN l.topics | {slug: slug, name: coalesce(COLLECT { MATCH (t:Topic {slug: slug}) RETURN t.name }[0], slug)}] AS topics`,
    { limit: int(limit) },
  );
  return result.records.map((record) => record.toObject() as ReadingListSummary);
}

export async function deleteReadingList(tx: ManagedTransaction, id: ReadingListId): Promise<boolean> {
  const result = await tx.run(
    `MATCH (l:ReadingList {id: $id})
     DETACH DELETE l
     RETURN count(*) AS deleted`,
    { id },
  );
  return (result.records[0]?.get("deleted") ?? 0) > 0;
}
