import type { InsightId } from "@shared/ids";
import { type Database, isSchemaRuleMadeMeanwhile } from "../db";
import { VECTOR_INDEX, awaitVectorIndex, createVectorIndex, type EmbeddingRow, findUnembedded, findVectorIndexDimensions } from "../repositories/embeddings";
import type { Embedder } from "./embedder";

/** A fresh index on a graph of a few thousand embedded insights is online in seconds. */
const INDEX_ONLINE_SECONDS = 120;

/** The stored vector index was made for another width than the model gives: the model changed. */
export class EmbeddingIndexError extends Error {}

/** Embeddings for the insights an ingest writes, and the vector index they go into. */
export interface InsightEmbeddings {
  readonly embedder: Embedder;
  /**
   * Embeds the given insights that have no stored embedding (new ones, and older ones ingested
   * before embeddings were configured), and makes sure the vector index fits them. Runs before
   * the ingest's write transaction; the rows are stored inside it.
   */
  embedMissing(db: Database, insights: readonly { readonly id: InsightId; readonly text: string }[]): Promise<EmbeddingRow[]>;
  /** Creates the vector index for this width, or checks the stored one has it. */
  ensureIndex(db: Database, dimensions: number): Promise<void>;
}

export function createInsightEmbeddings(embedder: Embedder): InsightEmbeddings {
  // The width this process has checked the index for: one look per process, not per ingest.
  let checked: number | undefined;

  const ensureIndex = async (db: Database, dimensions: number) => {
    if (checked === dimensions) return;
    let stored = await db.read("vectorIndex", findVectorIndexDimensions);
    if (stored === null) {
      await db.write("vectorIndex", (tx) => createVectorIndex(tx, dimensions)).catch((error: unknown) => {
        if (!isSchemaRuleMadeMeanwhile(error)) throw error;
      });
      await db.read("vectorIndex", (tx) => awaitVectorIndex(tx, INDEX_ONLINE_SECONDS));
      // Another process may have made it first, with its own width.
      stored = await db.read("vectorIndex", findVectorIndexDimensions);
    }
    if (stored !== dimensions) throw mismatch(embedder.model, stored, dimensions);
    checked = dimensions;
  };

  return {
    embedder,
    ensureIndex,
    embedMissing: async (db, insights) => {
      if (insights.length === 0) return [];
      const missing = await db.read("unembeddedInsights", (tx) => findUnembedded(tx, [...new Set(insights.map((i) => i.id))], embedder.model));
      // Text with no letter or digit (control characters, punctuation) carries no meaning to embed.
      const todo = [...new Map(insights.filter((i) => missing.has(i.id) && /[\p{L}\p{N}]/u.test(i.text)).map((i) => [i.id, i.text])).entries()];
      if (todo.length === 0) return [];
      const vectors = await embedder.embed(todo.map(([, text]) => text));
      await ensureIndex(db, vectors[0]!.length);
      return todo.map(([id], i) => ({ id, embedding: vectors[i]! }));
    },
  };
}

function mismatch(model: string, stored: number | null, given: number): EmbeddingIndexError {
  return new EmbeddingIndexError(
    `the vector index ${VECTOR_INDEX} holds ${stored ?? "no"}-dimensional embeddings, but the embedding model ${model} gives ${given}: ` +
      `the model (or EMBEDDINGS_DIMENSIONS) changed since the graph was embedded. Go back to the earlier setting, or drop the index ` +
      `(DROP INDEX ${VECTOR_INDEX}) and the stored embeddings (MATCH (i:Insight) REMOVE i.embedding) and ingest again to re-embed.`,
  );
}
