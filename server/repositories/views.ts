import { MapView, type SavedView, type SavedViewId } from "@shared/api/views";
import { int, type ManagedTransaction } from "../db";

/**
 * Saved views of the topic map or a theme page: `(:SavedView {id, name, state, createdAt, updatedAt})`. The state
 * is stored as its JSON text: it is read and written whole, never queried inside.
 */

const returned = `RETURN v.id AS id, v.name AS name, v.state AS state, toString(v.createdAt) AS createdAt, toString(v.updatedAt) AS updatedAt`;

interface ViewRow {
  readonly id: SavedViewId;
  readonly name: string;
  readonly state: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

// NOTE: parsed again on the way out, so a state written by an older version reads with today's defaults.
const toView = (row: ViewRow): SavedView => ({ ...row, state: MapView.parse(JSON.parse(row.state)) });

export async function createView(tx: ManagedTransaction, view: { id: SavedViewId; name: string; state: MapView; now: string }): Promise<SavedView> {
  const result = await tx.run(
    `CREATE (v:SavedView {id: $id, name: $name, state: $state, createdAt: datetime($now), updatedAt: datetime($now)})
     ${returned}`,
    { ...view, state: JSON.stringify(view.state) },
  );
  return toView(result.records[0]!.toObject() as ViewRow);
}

/** Renames a view and/or replaces its state; null when there is no such view. */
export async function updateView(
  tx: ManagedTransaction,
  id: SavedViewId,
  change: { name?: string | undefined; state?: MapView | undefined; now: string },
): Promise<SavedView | null> {
  const result = await tx.run(
    `MATCH (v:SavedView {id: $id})
     SET v.name = coalesce($name, v.name), v.state = coalesce($state, v.state), v.updatedAt = datetime($now)
     ${returned}`,
    { id, name: change.name ?? null, state: change.state ? JSON.stringify(change.state) : null, now: change.now },
  );
  const record = result.records[0];
  return record ? toView(record.toObject() as ViewRow) : null;
}

/** Saved views, last changed first. */
export async function listViews(tx: ManagedTransaction, limit: number): Promise<SavedView[]> {
  const result = await tx.run(
    `MATCH (v:SavedView)
     WITH v ORDER BY v.updatedAt DESC, v.id LIMIT $limit
     ${returned}`,
    { limit: int(limit) },
  );
  return result.records.map((record) => toView(record.toObject() as ViewRow));
}

export async function deleteView(tx: ManagedTransaction, id: SavedViewId): Promise<boolean> {
  const result = await tx.run(
    `MATCH (v:SavedView {id: $id})
     DETACH DELETE v
     RETURN count(*) AS deleted`,
    { id },
  );
  return (result.records[0]?.get("deleted") ?? 0) > 0;
}
