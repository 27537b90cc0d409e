import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { isDatabaseUnavailable } from "../db";
import { hasClaimable, queueUnenriched } from "../repositories/enrichmentQueue";
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

/**
 * How many times longer than the first an idle later stage waits before looking again: the stage
 * before it in this process wakes it, so it only looks for work another app server moved on.
 */
const LATER_STAGE_IDLE = 10;

/** Insights re-queued per transaction when the worker starts (see queueUnenriched). */
const SWEEP_PAGE = 5_000;

/**
 * Drains the queue in the background: each stage takes its own batches, in the order they wait,
 * so a new insight moves through the stages while later ones queue behind it. Any number of workers
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

  /** Takes one batch waiting at the stage and runs it; false when none waits. */
  const step = async (index: number): Promise<boolean> => {
    const stage = stages[index]!;
    if (!(await context.db.read("enrich:waiting", (tx) => hasClaimable(tx, stage.name)))) return false;
    const lease = `${workerId}:${++batches}`;
    const ids = await claim(context, stage, lease, settings, options.batchSize);
    if (ids.length === 0) return false;
    const result = await runBatch(context, stages, index, ids, lease, settings);
    options.onBatch?.(stage.name, result);
    for (const failure of result.failed.filter((f) => f.parked)) {
      options.log(`enrichment: parked insight ${failure.id} at ${stage.name} (${failure.error instanceof Error ? failure.error.message : String(failure.error)})`);
    }
    if (result.done.length > 0 && index + 1 < stages.length) nudge(index + 1);
    if (stage.name === THEMES && result.done.length > 0) await options.refreshThemes?.();
    return true;
  };

  /**
   * Per stage: whether the stage before moved a batch on since the stage last looked, and what ends
   * its idle pause early. A nudge that comes while the stage is busy is kept for its next pause.
   */
  const nudged = stages.map(() => false);
  const wake: ((() => void) | undefined)[] = [];
  const nudge = (index: number) => {
    nudged[index] = true;
    wake[index]?.();
  };
  const pauseAt = (index: number, ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        wake[index] = undefined;
        resolve();
      };
      const timer = setTimeout(done, nudged[index] ? 0 : ms);
      signal.addEventListener("abort", done);
      wake[index] = done;
    });

  let unreachable = false;
  /** Says what went wrong, once only while Neo4j stays unreachable. */
  const noteFailure = (error: unknown) => {
    if (!isDatabaseUnavailable(error)) options.log(`enrichment: ${error instanceof Error ? error.message : String(error)}; trying again`);
    else if (!unreachable) options.log("enrichment: Neo4j cannot be reached; the queue waits and resumes (nothing is lost)");
    unreachable ||= isDatabaseUnavailable(error);
  };
  /**
   * One stage's loop: its batches, one after another, until stopped. Every stage has its own, so a
   * batch being embedded (in the model's thread) overlaps with the next stages' database work on
   * the batches before it; their writes still take turns (see runBatch).
   */
  const drain = async (index: number, signal: AbortSignal) => {
    while (!signal.aborted) {
      let pause = index === 0 ? options.idleMs : options.idleMs * LATER_STAGE_IDLE;
      nudged[index] = false;
      try {
        const worked = await step(index);
        if (unreachable) options.log("enrichment: Neo4j answers again; resuming the queue");
        unreachable = false;
        if (worked) continue;
      } catch (error) {
        pause = options.retryMs;
        noteFailure(error);
      }
      await pauseAt(index, pause, signal);
    }
  };

  const run = async (signal: AbortSignal) => {
    while (options.sweep && !signal.aborted) {
      try {
        await sweep();
        break;
      } catch (error) {
        noteFailure(error);
        await sleep(options.retryMs, undefined, { signal }).catch(() => undefined);
      }
    }
    await Promise.all(stages.map((_, index) => drain(index, signal)));
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
