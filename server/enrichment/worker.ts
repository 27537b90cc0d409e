import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { isDatabaseUnavailable } from "../db";
import { queueUnenriched } from "../repositories/enrichmentQueue";
import { type BatchResult, type QueueSettings, claim, runBatch } from "./runBatch";
import type { EnrichmentContext, EnrichmentStage } from "./stage";
import { RELATED } from "./steps/related";
import { THEMES } from "./steps/themes";

export interface WorkerOptions {
  readonly batchSize: number;
  /** Pause when no stage has work, before looking again. */
  readonly idleMs: number;
  /** Pause after the database failed to answer, before trying again. */
  readonly retryMs: number;
  readonly log: (line: string) => void;
  /** Recomputes themes once a batch has passed the themes step. */
  readonly refreshThemes?: () => Promise<void>;
  /** Whether to queue insights nobody enriched when starting (see queueUnenriched); tests with steps of their own do not. */
  readonly sweep: boolean;
  /** Every batch's outcome, for the rate in /api/status. */
  readonly onBatch?: (stage: string, result: BatchResult) => void;
}

export interface Worker {
  start(): void;
  /** Finishes the batch under way (its transaction commits or not), then stops. */
  stop(): Promise<void>;
  readonly running: boolean;
}

/** Insights re-queued per transaction when the worker starts (see queueUnenriched). */
const SWEEP_PAGE = 5_000;

/**
 * Drains the queue in the background: each round takes one batch per stage, in the stages' order,
 * so a new insight moves through them while later ones queue behind it. Any number of workers
 * (one per app server) may share one database: claims are exclusive and leases run out, so a
 * crashed worker's batches are taken over. When Neo4j cannot be reached, the worker waits and
 * resumes; nothing is lost, since every step and its place in the queue commit together.
 */
export function createWorker(context: EnrichmentContext, stages: readonly EnrichmentStage[], settings: QueueSettings, options: WorkerOptions): Worker {
  const workerId = randomUUID();
  let batches = 0;
  let stop: AbortController | undefined;
  let loop: Promise<void> | undefined;

  const sweep = async () => {
    let queued = 0;
    for (;;) {
      const page = await context.db.write("enrich:sweep", (tx) => queueUnenriched(tx, stages[0]!.name, RELATED, SWEEP_PAGE));
      queued += page;
      if (page < SWEEP_PAGE) break;
    }
    if (queued > 0) options.log(`enrichment: queued ${queued} insights that had no enrichment (a restored backup, or a graph from before the queue)`);
  };

  const round = async (): Promise<boolean> => {
    let worked = false;
    for (const [index, stage] of stages.entries()) {
      const lease = `${workerId}:${++batches}`;
      const ids = await claim(context, stage, lease, settings, options.batchSize);
      if (ids.length === 0) continue;
      worked = true;
      const result = await runBatch(context, stages, index, ids, lease, settings);
      options.onBatch?.(stage.name, result);
      for (const failure of result.failed.filter((f) => f.parked)) {
        options.log(`enrichment: parked insight ${failure.id} at ${stage.name} (${failure.error instanceof Error ? failure.error.message : String(failure.error)})`);
      }
      if (stage.name === THEMES && result.done.length > 0) await options.refreshThemes?.();
    }
    return worked;
  };

  const run = async (signal: AbortSignal) => {
    let swept = !options.sweep;
    let unreachable = false;
    while (!signal.aborted) {
      let pause = options.idleMs;
      try {
        if (!swept) await sweep();
        swept = true;
        const worked = await round();
        if (unreachable) options.log("enrichment: Neo4j answers again; resuming the queue");
        unreachable = false;
        if (worked) continue;
      } catch (error) {
        pause = options.retryMs;
        if (!isDatabaseUnavailable(error)) options.log(`enrichment: ${error instanceof Error ? error.message : String(error)}; trying again`);
        else if (!unreachable) options.log("enrichment: Neo4j cannot be reached; the queue waits and resumes (nothing is lost)");
        unreachable ||= isDatabaseUnavailable(error);
      }
      await sleep(pause, undefined, { signal }).catch(() => undefined);
    }
  };

  return {
    get running() {
      return loop !== undefined;
    },
    start() {
      if (loop) return;
      stop = new AbortController();
      loop = run(stop.signal);
    },
    async stop() {
      stop?.abort();
      await loop;
      loop = undefined;
    },
  };
}
