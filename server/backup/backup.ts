import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Database } from "../db";
import { readNodePage, readRelationshipPage } from "../repositories/backup";
import { type BackupCounts, type BackupHeader, layout } from "./format";
import { encodeProperties } from "./values";

export interface BackupOptions {
  /** Nodes or relationships read per transaction. */
  readonly pageSize?: number;
  readonly log?: (line: string) => void;
}

/**
 * Writes the whole graph (every label, relationship type and property, whoever added them) to
 * `file`, page by page, each page its own read transaction.
 *
 * NOTE: pages are not one snapshot; run it while nothing is being ingested for an exact copy.
 */
export async function backupGraph(db: Database, database: string, file: string, options: BackupOptions = {}): Promise<BackupCounts> {
  const pageSize = options.pageSize ?? 5_000;
  const log = options.log ?? (() => undefined);
  const out = createWriteStream(file, { encoding: "utf8" });
  const failed = once(out, "error").then(([error]) => Promise.reject(error));
  failed.catch(() => undefined);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await Promise.race([once(out, "drain"), failed]);
  };
  // A comma before every record but a section's first keeps the file one valid JSON document.
  const writeRecord = (record: object, index: number) => write(`${index === 0 ? "" : ","}${JSON.stringify(record)}`);
  const header: BackupHeader = { format: "insight-graph-backup", version: 1, createdAt: new Date().toISOString(), database };
  const counts = { nodes: 0, relationships: 0 };
  try {
    await write(`${layout.headerPrefix}${JSON.stringify(header)},`);
    await write(layout.nodesOpen);
    for (let after = ""; ; ) {
      const nodes = await db.read("backupNodes", (tx) => readNodePage(tx, after, pageSize));
      for (const [i, node] of nodes.entries()) {
        await writeRecord({ key: node.key, labels: node.labels, properties: encodeProperties(node.properties) }, counts.nodes + i);
      }
      counts.nodes += nodes.length;
      if (nodes.length < pageSize) break;
      after = nodes.at(-1)!.key;
      log(`backup: ${counts.nodes} nodes…`);
    }
    await write(layout.close);
    await write(layout.relationshipsOpen);
    for (let after = ""; ; ) {
      const relationships = await db.read("backupRelationships", (tx) => readRelationshipPage(tx, after, pageSize));
      for (const [i, { type, start, end, properties }] of relationships.entries()) {
        await writeRecord({ type, start, end, properties: encodeProperties(properties) }, counts.relationships + i);
      }
      counts.relationships += relationships.length;
      if (relationships.length < pageSize) break;
      after = relationships.at(-1)!.key;
      log(`backup: ${counts.relationships} relationships…`);
    }
    await write(layout.close);
    await write(`${layout.countsPrefix}${JSON.stringify(counts)}}`);
  } finally {
    out.end();
    await Promise.race([once(out, "finish"), failed]);
  }
  return counts;
}
