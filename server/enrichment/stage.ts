import type { InsightId } from "@shared/ids";
import type { Database, ManagedTransaction } from "../db";
import type { InsightEmbeddings } from "../embeddings";
import type { RelationLabeller } from "../relations/labeller";

/** What every stage may use: the graph, the list size, the embedding model and the relation model when configured. */
export interface EnrichmentContext {
  readonly db: Database;
  readonly relatedK: number;
  readonly embeddings?: InsightEmbeddings;
  /** Labels related pairs with the LLM (EXTRACTOR=llm); unset: offline. */
  readonly relationLabeller?: RelationLabeller;
}

/** What a stage tells the caller beyond its writes: near-duplicates folded into the insight they repeat. */
export interface StageOutcome {
  readonly folded?: ReadonlyMap<InsightId, InsightId>;
}

/**
 * One step of enrichment, run on a batch of insights that wait for it. `prepare` runs outside any
 * transaction (a model call: a retried transaction must not call the model again); `apply` writes
 * the result in the transaction that moves the batch on, so a crash leaves either both or neither.
 * Adding a step (topics, relations) is one more entry in the list in stages.ts.
 */
export interface EnrichmentStage<Prepared = unknown> {
  readonly name: string;
  /**
   * Most insights one batch of this stage takes, when fewer than the queue's batch: a stage whose
   * `prepare` calls a remote model takes fewer, so its calls end well within the lease.
   */
  batchLimit?(context: EnrichmentContext): number | undefined;
  prepare?(context: EnrichmentContext, ids: readonly InsightId[]): Promise<Prepared>;
  apply(tx: ManagedTransaction, ids: readonly InsightId[], prepared: Prepared | undefined, context: EnrichmentContext): Promise<StageOutcome | void>;
}

/** Keeps a stage's own Prepared type where the list holds stages of many. */
export const defineStage = <P>(stage: EnrichmentStage<P>): EnrichmentStage => stage as EnrichmentStage;
