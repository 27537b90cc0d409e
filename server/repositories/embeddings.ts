import type { InsightId } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

/** The vector index over `Insight.embedding`, made only when embeddings are configured. */
export const VECTOR_INDEX = "insight_embedding";

export interface EmbeddingRow {
  readonly id: InsightId;
  readonly embedding: readonly number[];
}

/**
 * The given insights that have no embedding by this model yet (unknown ids included: they are
 * new; an embedding by another model counts as none, even at the same width).
 */
export async function findUnembedded(tx: ManagedTransaction, ids: readonly InsightId[], model: string): Promise<Set<InsightId>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     OPTIONAL MATCH (i:Insight {id: id})
     WITH id, i WHERE i IS NULL OR i.embedding IS NULL OR coalesce(i.embeddingModel, '') <> $model
     RETURN collect(id) AS ids`,
    { ids, model },
  );
  return new Set((result.records[0]?.get("ids") ?? []) as InsightId[]);
}

/**
 * Stores embeddings on their insights with the model that made them. `setNodeVectorProperty`
 * keeps them as a float array, half the size of a list set with SET, and the vector index reads either.
 */
export async function storeEmbeddings(tx: ManagedTransaction, rows: readonly EmbeddingRow[], model: string): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `UNWIND $rows AS row
     MATCH (i:Insight {id: row.id})
     SET i.embeddingModel = $model
     WITH i, row
     CALL db.create.setNodeVectorProperty(i, 'embedding', row.embedding)`,
    { rows, model },
  );
}

/** How many insights have no embedding by this model (none, or another model's): what `npm run reembed` would do. */
export async function countStaleEmbeddings(tx: ManagedTransaction, model: string): Promise<number> {
  const result = await tx.run(
    `MATCH (i:Insight) WHERE i.embedding IS NULL OR coalesce(i.embeddingModel, '') <> $model
     RETURN count(i) AS stale`,
    { model },
  );
  return Number(result.records[0]?.get("stale") ?? 0);
}

/** A page of insights without this model's embedding, in id order, for re-embedding a graph. */
export async function findStaleEmbeddingPage(tx: ManagedTransaction, model: string, after: string, limit: number): Promise<{ id: InsightId; text: string }[]> {
  const result = await tx.run(
    `MATCH (i:Insight) WHERE i.id > $after AND (i.embedding IS NULL OR coalesce(i.embeddingModel, '') <> $model)
     RETURN i.id AS id, i.text AS text ORDER BY i.id LIMIT $limit`,
    { model, after, limit: int(limit) },
  );
  return result.records.map((record) => ({ id: record.get("id") as InsightId, text: record.get("text") as string }));
}

/** The stored embeddings of the given insights; those without one are left out. */
export async function findEmbeddings(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<Map<InsightId, readonly number[]>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id}) WHERE i.embedding IS NOT NULL
     RETURN i.id AS id, i.embedding AS embedding`,
    { ids },
  );
  return new Map(result.records.map((record) => [record.get("id") as InsightId, record.get("embedding") as number[]]));
}

/** The width of the stored vector index, or null when there is none. */
export async function findVectorIndexDimensions(tx: ManagedTransaction): Promise<number | null> {
  const result = await tx.run(
    `SHOW VECTOR INDEXES YIELD name, options
     WHERE name = $name
     RETURN options.indexConfig['vector.dimensions'] AS dimensions`,
    { name: VECTOR_INDEX },
  );
  const dimensions = result.records[0]?.get("dimensions");
  return typeof dimensions === "number" ? dimensions : null;
}

/**
 * Creates the vector index (cosine). A schema change, so it runs in a transaction of its own;
 * `IF NOT EXISTS` keeps an existing index as it is, whatever its width: callers compare first.
 */
export async function createVectorIndex(tx: ManagedTransaction, dimensions: number): Promise<void> {
  await tx.run(
    `CREATE VECTOR INDEX ${VECTOR_INDEX} IF NOT EXISTS
     FOR (i:Insight) ON i.embedding
     OPTIONS {indexConfig: {\`vector.dimensions\`: $dimensions, \`vector.similarity_function\`: 'cosine'}}`,
    { dimensions: int(dimensions) },
  );
}

/** Waits until a fresh index answers queries. */
export async function awaitVectorIndex(tx: ManagedTransaction, seconds: number): Promise<void> {
  await tx.run(`CALL db.awaitIndex($name, $seconds)`, { name: VECTOR_INDEX, seconds: int(seconds) });
}

/** The model that made an insight's stored embedding ("" for one stored before models were recorded), or null without one. */
export async function findEmbeddingModel(tx: ManagedTransaction, id: InsightId): Promise<string | null> {
  const result = await tx.run(
    `MATCH (i:Insight {id: $id}) WHERE i.embedding IS NOT NULL
     RETURN coalesce(i.embeddingModel, '') AS model`,
    { id },
  );
  return (result.records[0]?.get("model") as string | undefined) ?? null;
}

/**
 * Up to `limit` embeddings by this model and of this width, drawn at random: a sample of the
 * corpus's meanings. Another model's vectors (a graph halfway through `npm run reembed`) are left
 * out even at the same width: they live in another space.
 */
export async function findEmbeddingSample(tx: ManagedTransaction, model: string, width: number, limit: number): Promise<number[][]> {
  const result = await tx.run(
    `MATCH (i:Insight) WHERE i.embedding IS NOT NULL AND coalesce(i.embeddingModel, '') = $model AND size(i.embedding) = $width
     WITH i ORDER BY rand() LIMIT $limit
     RETURN i.embedding AS embedding`,
    { model, width: int(width), limit: int(limit) },
  );
  return result.records.map((record) => record.get("embedding") as number[]);
}
