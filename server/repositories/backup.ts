import { int, type ManagedTransaction } from "../db";

/** What the backup query returns per property: its key, `valueType()` and a plain or `toString()`ed value. */
export type TypedProperty = readonly [key: string, valueType: string, value: unknown];

/**
 * Each property of `e` (the node or relationship at hand) with its `valueType()` and a value JSON
 * carries exactly: integers, temporal values and lists of them as their Cypher text, the rest as is.
 */
const typedProperties = `[k IN keys(e) | [k, valueType(e[k]),
  CASE
    WHEN valueType(e[k]) STARTS WITH 'LIST<' AND NOT valueType(e[k]) =~ 'LIST<(STRING|BOOLEAN|FLOAT|NOTHING).*'
      THEN [x IN e[k] | toString(x)]
    WHEN valueType(e[k]) STARTS WITH 'LIST<' OR valueType(e[k]) =~ '(STRING|BOOLEAN|FLOAT) NOT NULL'
      THEN e[k]
    ELSE toString(e[k])
  END]]`;

export interface StoredNode {
  readonly key: string;
  readonly labels: string[];
  readonly properties: TypedProperty[];
}

export interface StoredRelationship {
  readonly key: string;
  readonly type: string;
  readonly start: string;
  readonly end: string;
  readonly properties: TypedProperty[];
}

/** The next page of nodes after `after` in element-id order (keyset paging, no SKIP). */
export async function readNodePage(tx: ManagedTransaction, after: string, page: number): Promise<StoredNode[]> {
  const result = await tx.run(
    `MATCH (e) WHERE elementId(e) > $after
     WITH e ORDER BY elementId(e) LIMIT $page
     RETURN elementId(e) AS key, labels(e) AS labels, ${typedProperties} AS properties`,
    { after, page: int(page) },
  );
  return result.records.map((record) => record.toObject() as StoredNode);
}

export async function readRelationshipPage(tx: ManagedTransaction, after: string, page: number): Promise<StoredRelationship[]> {
  const result = await tx.run(
    `MATCH (a)-[e]->(b) WHERE elementId(e) > $after
     WITH a, e, b ORDER BY elementId(e) LIMIT $page
     RETURN elementId(e) AS key, type(e) AS type, elementId(a) AS start, elementId(b) AS end,
            ${typedProperties} AS properties`,
    { after, page: int(page) },
  );
  return result.records.map((record) => record.toObject() as StoredRelationship);
}

export async function countGraph(tx: ManagedTransaction): Promise<{ nodes: number; relationships: number }> {
  const result = await tx.run("CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships");
  const record = result.records[0];
  return { nodes: record?.get("nodes") ?? 0, relationships: record?.get("relationships") ?? 0 };
}

/** Deletes one page of the graph; the caller repeats until nothing is left. */
export async function deleteNodePage(tx: ManagedTransaction, page: number): Promise<number> {
  const result = await tx.run("MATCH (n) WITH n LIMIT $page DETACH DELETE n RETURN count(*) AS deleted", { page: int(page) });
  return result.records[0]?.get("deleted") ?? 0;
}

// A restored node carries this marker until its relationships are in; the index makes them findable.
export const createRestoreIndex = (tx: ManagedTransaction) =>
  tx.run("CREATE INDEX backup_restore_key IF NOT EXISTS FOR (n:BackupRestoring) ON (n.backupRestoreKey)");
export const awaitIndexes = (tx: ManagedTransaction) => tx.run("CALL db.awaitIndexes(300)");
export const dropRestoreIndex = (tx: ManagedTransaction) => tx.run("DROP INDEX backup_restore_key IF EXISTS");

/** Parses a tagged property `p` of the backup back into its Cypher type on `e`. */
const setTypedProperty = `SET e[p.k] = CASE p.t
       WHEN 'INTEGER' THEN toInteger(p.v)
       WHEN 'FLOAT' THEN toFloat(p.v)
       WHEN 'ZONED DATETIME' THEN datetime(p.v)
       WHEN 'LOCAL DATETIME' THEN localdatetime(p.v)
       WHEN 'DATE' THEN date(p.v)
       WHEN 'ZONED TIME' THEN time(p.v)
       WHEN 'LOCAL TIME' THEN localtime(p.v)
       WHEN 'DURATION' THEN duration(p.v)
       WHEN 'LIST<INTEGER>' THEN [x IN p.v | toInteger(x)]
       WHEN 'LIST<FLOAT>' THEN [x IN p.v | toFloat(x)]
       WHEN 'LIST<ZONED DATETIME>' THEN [x IN p.v | datetime(x)]
       WHEN 'LIST<LOCAL DATETIME>' THEN [x IN p.v | localdatetime(x)]
       WHEN 'LIST<DATE>' THEN [x IN p.v | date(x)]
       WHEN 'LIST<ZONED TIME>' THEN [x IN p.v | time(x)]
       WHEN 'LIST<LOCAL TIME>' THEN [x IN p.v | localtime(x)]
       WHEN 'LIST<DURATION>' THEN [x IN p.v | duration(x)]
     END`;

/** Properties of a restored node or relationship: plain ones set as they are, typed ones parsed. */
export interface RestoredProperties {
  readonly plain: Record<string, unknown>;
  readonly typed: readonly { k: string; t: string; v: string | readonly string[] }[];
}

export async function createNodes(tx: ManagedTransaction, rows: readonly (RestoredProperties & { key: string; labels: readonly string[] })[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     CREATE (e:$(row.labels + ['BackupRestoring']) {backupRestoreKey: row.key})
     SET e += row.plain
     WITH e, row
     UNWIND row.typed AS p
     ${setTypedProperty}`,
    { rows },
  );
}

export async function createRelationships(
  tx: ManagedTransaction,
  rows: readonly (RestoredProperties & { type: string; start: string; end: string })[],
): Promise<number> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:BackupRestoring {backupRestoreKey: row.start}), (b:BackupRestoring {backupRestoreKey: row.end})
     CREATE (a)-[e:$(row.type)]->(b)
     SET e += row.plain
     WITH e, row
     CALL (e, row) {
       UNWIND row.typed AS p
       ${setTypedProperty}
     }
     RETURN count(e) AS created`,
    { rows },
  );
  return result.records[0]?.get("created") ?? 0;
}

/** Takes the restore marker off one page of nodes; the caller repeats until none is left. */
export async function unmarkRestoredPage(tx: ManagedTransaction, page: number): Promise<number> {
  const result = await tx.run(
    `MATCH (n:BackupRestoring) WITH n LIMIT $page
     REMOVE n:BackupRestoring, n.backupRestoreKey
     RETURN count(n) AS done`,
    { page: int(page) },
  );
  return result.records[0]?.get("done") ?? 0;
}
