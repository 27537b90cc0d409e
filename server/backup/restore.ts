import type { Database } from "../db";
import {
  awaitIndexes,
  countGraph,
  createNodes,
  createRelationships,
  createRestoreIndex,
  deleteNodePage,
  dropRestoreIndex,
  unmarkRestoredPage,
} from "../repositories/backup";
import type { BackupCounts, NodeRecord, RelationshipRecord } from "./format";
import { BackupFileError, readBackup } from "./readBackup";
import { decodeProperties } from "./values";

export interface RestoreOptions {
  /** Delete everything in the database first; without it, restore only into an empty one. */
  readonly replace?: boolean;
  readonly pageSize?: number;
  readonly log?: (line: string) => void;
}

/** The database holds data and `replace` was not asked for. */
export class RestoreRefusedError extends Error {}

/**
 * Restores a backup into an empty database (or, with `replace`, one emptied first). The whole
 * file is validated before anything is written, so a truncated or corrupt file changes nothing;
 * then nodes and relationships go in page by page, and the counts are checked at the end.
 */
export async function restoreGraph(db: Database, file: string, options: RestoreOptions = {}): Promise<BackupCounts> {
  const pageSize = options.pageSize ?? 5_000;
  const log = options.log ?? (() => undefined);
  const expected = await validateBackup(file);
  log(`restore: ${file} is valid (${expected.nodes} nodes, ${expected.relationships} relationships)`);

  const existing = await db.read("restoreCheck", countGraph);
  if (existing.nodes > 0 && !options.replace) {
    throw new RestoreRefusedError(
      `The database already holds ${existing.nodes} nodes; restore into an empty one, or pass --replace to delete them first.`,
    );
  }
  if (existing.nodes > 0) {
    log(`restore: deleting the ${existing.nodes} nodes already there…`);
    while ((await db.write("restoreClear", (tx) => deleteNodePage(tx, pageSize))) > 0);
  }
  await db.write("restoreIndex", createRestoreIndex);
  await db.read("restoreIndexWait", awaitIndexes);

  let nodes: NodeRecord[] = [];
  let relationships: RelationshipRecord[] = [];
  const written = { nodes: 0, relationships: 0 };
  const flushNodes = async () => {
    const rows = nodes.map((n) => ({ key: n.key, labels: n.labels, ...decodeProperties(n.properties) }));
    await db.write("restoreNodes", (tx) => createNodes(tx, rows));
    written.nodes += rows.length;
    nodes = [];
  };
  const flushRelationships = async () => {
    const rows = relationships.map((r) => ({ type: r.type, start: r.start, end: r.end, ...decodeProperties(r.properties) }));
    const created = await db.write("restoreRelationships", (tx) => createRelationships(tx, rows));
    if (created !== rows.length) throw new Error(`restore: ${rows.length - created} relationships lost their end nodes`);
    written.relationships += created;
    relationships = [];
  };
  for await (const entry of readBackup(file)) {
    if (entry.kind === "node") {
      nodes.push(entry.node);
      if (nodes.length >= pageSize) await flushNodes();
    } else if (entry.kind === "relationship") {
      if (nodes.length > 0) await flushNodes();
      relationships.push(entry.relationship);
      if (relationships.length >= pageSize) await flushRelationships();
    }
  }
  if (nodes.length > 0) await flushNodes();
  if (relationships.length > 0) await flushRelationships();
  while ((await db.write("restoreUnmark", (tx) => unmarkRestoredPage(tx, pageSize))) > 0);
  await db.write("restoreIndexDrop", dropRestoreIndex);

  const restored = await db.read("restoreCount", countGraph);
  if (restored.nodes !== expected.nodes || restored.relationships !== expected.relationships) {
    throw new Error(`restore: expected ${JSON.stringify(expected)} but the database holds ${JSON.stringify(restored)}`);
  }
  return written;
}

/** The first pass: every record valid, every relationship's ends among the nodes, counts as stated. */
async function validateBackup(file: string): Promise<BackupCounts> {
  const keys = new Set<string>();
  const seen = { nodes: 0, relationships: 0 };
  let stated: BackupCounts | null = null;
  for await (const entry of readBackup(file)) {
    if (entry.kind === "node") {
      if (keys.has(entry.node.key)) throw new BackupFileError(`${file}: node key ${entry.node.key} appears twice`);
      keys.add(entry.node.key);
      seen.nodes += 1;
    } else if (entry.kind === "relationship") {
      const { start, end, type } = entry.relationship;
      if (!keys.has(start) || !keys.has(end)) throw new BackupFileError(`${file}: a ${type} relationship points at a node the backup lacks`);
      seen.relationships += 1;
    } else if (entry.kind === "counts") {
      stated = entry.counts;
    }
  }
  if (!stated || stated.nodes !== seen.nodes || stated.relationships !== seen.relationships) {
    throw new BackupFileError(`${file}: the counts at its end (${JSON.stringify(stated)}) do not match its records (${JSON.stringify(seen)})`);
  }
  return stated;
}
