import type { EnrichmentStatus } from "@shared/api/status";
import type { InsightId } from "@shared/ids";
import { createVersionReader } from "../cache/versionReader";
import { createCommunityRefresher } from "../related/communityRefresher";
import { createRate } from "./rate";
import type { BatchResult, QueueSettings } from "./runBatch";
import type { EnrichmentContext, EnrichmentStage } from "./stage";
import { STAGES } from "./stages";
import { readStatus } from "./status";
import { waitForEnrichment } from "./waitFor";
import { createWorker } from "./worker";

export { EnrichmentError } from "./waitFor";
export { STAGES } from "./stages";

export interface EnrichmentDeps extends EnrichmentContext {
  readonly log?: (line: string) => void;
  readonly stages?: readonly EnrichmentStage[];
  readonly settings?: Partial<QueueSettings>;
  /** Insights a worker takes per stage and transaction. */
  readonly batchSize?: number;
  readonly idleMs?: number;
  readonly retryMs?: number;
  /** Queue insights nobody enriched when the worker starts (default true). */
  readonly sweep?: boolean;
}

export interface Enrichment {
  readonly stages: readonly EnrichmentStage[];
  /** Enriches these insights before resolving (see waitForEnrichment); returns the near-duplicates folded. */
  waitFor(ids: readonly InsightId[]): Promise<ReadonlyMap<InsightId, InsightId>>;
  status(): Promise<EnrichmentStatus>;
  /** Starts the background worker (the server does; tests and one-off commands need not). */
  start(): void;
  stop(): Promise<void>;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  // Longer than a large batch's transaction may run (BATCH_WRITE_TIMEOUT_MS), so a slow batch is not taken over.
  leaseMs: 6 * 60_000,
  backoffMs: [1_000, 5_000, 30_000, 120_000],
};
/**
 * Insights per stage and transaction: large enough that a batch's shared lookups (topics, word
 * counts) are paid once for many insights, small enough that a failure re-runs little.
 */
const BATCH_SIZE = 500;
const WAIT_TIMEOUT_MS = 10 * 60_000;

/** The enrichment queue of one process: its worker, callers that wait, and the status. */
export function createEnrichment(deps: EnrichmentDeps): Enrichment {
  const stages = deps.stages ?? STAGES;
  const settings = { ...DEFAULT_QUEUE_SETTINGS, ...deps.settings };
  const log = deps.log ?? (() => undefined);
  const rate = createRate();
  const last = stages[stages.length - 1]?.name;
  const onBatch = (stage: string, result: BatchResult) => {
    if (stage === last) rate.record(result.done.length);
  };
  const context: EnrichmentContext = {
    db: deps.db,
    relatedK: deps.relatedK,
    ...(deps.embeddings && { embeddings: deps.embeddings }),
    ...(deps.relationLabeller && { relationLabeller: deps.relationLabeller }),
  };
  const batchSize = deps.batchSize ?? BATCH_SIZE;
  const themes = createCommunityRefresher(deps.db, createVersionReader(deps.db), log);
  const worker = createWorker(context, stages, settings, {
    batchSize,
    idleMs: deps.idleMs ?? 500,
    retryMs: deps.retryMs ?? 2_000,
    sweep: deps.sweep ?? true,
    log,
    refreshThemes: () => themes.ensureFresh(),
    onBatch,
  });
  return {
    stages,
    waitFor: (ids) => waitForEnrichment(context, stages, settings, ids, { timeoutMs: WAIT_TIMEOUT_MS, partSize: batchSize, onBatch }),
    status: () => readStatus(deps.db, stages, rate.perSecond(), worker.running),
    start: () => worker.start(),
    stop: () => worker.stop(),
  };
}
