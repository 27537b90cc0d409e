import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import type { Embedding } from "../embeddings";
import type { InsightBatch } from "../repositories/insights";
import { discoverTopics } from "./discover";
import { thresholdsFor } from "./thresholds";

/**
 * The ingest's one call into topic discovery: the batch with topics for every new insight that
 * has none, grouped by meaning when the batch was embedded, by key phrases otherwise.
 */
export function topicsForBatch(
  tx: ManagedTransaction,
  batch: InsightBatch,
  embedded: readonly { readonly id: InsightId; readonly embedding: Embedding }[],
  embedder: { readonly unrelatedCosine?: number } | undefined,
): Promise<InsightBatch> {
  return discoverTopics(tx, batch, new Map(embedded.map((row) => [row.id, row.embedding])), embedder && thresholdsFor(embedder));
}
