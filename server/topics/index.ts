import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import type { Embedding } from "../embeddings";
import { type TopicBatch, discoverTopics } from "./discover";
import { thresholdsFor } from "./thresholds";

export type { TopicBatch } from "./discover";

/**
 * The one call into topic discovery (the enrichment queue's `topics` step): the batch with topics
 * for every insight that has none, grouped by meaning when it was embedded, by key phrases otherwise.
 */
export function topicsForBatch<B extends TopicBatch>(
  tx: ManagedTransaction,
  batch: B,
  embedded: readonly { readonly id: InsightId; readonly embedding: Embedding }[],
  embedder: { readonly unrelatedCosine?: number } | undefined,
): Promise<B> {
  return discoverTopics(tx, batch, new Map(embedded.map((row) => [row.id, row.embedding])), embedder && thresholdsFor(embedder));
}
