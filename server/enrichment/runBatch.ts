import type { InsightId } from "@shared/ids";
import { BATCH_WRITE_TIMEOUT_MS, isDatabaseUnavailable, type WriteOptions } from "../db";
import { advance, claimBatch, holdOwned, recordFailure, releaseLease } from "../repositories/enrichmentQueue";
import type { EnrichmentContext, EnrichmentStage } from "./stage";

/**
 * Stage writes lock topics, word counts and other insights' lists, which concurrent writers share:
 * they take turns with ingests in this process (see WriteOptions.inTurn); the driver retries a
 * deadlock with another process.
 */
const STAGE_WRITE: WriteOptions = { timeoutMs: BATCH_WRITE_TIMEOUT_MS, inTurn: true };

export interface QueueSettings {
  /** How long a claimed batch stays a worker's own: after that, another worker may take it over. */
  readonly leaseMs: number;
  /** The wait before each retry of a failed insight; after the last, it is parked. */
  readonly backoffMs: readonly number[];
}

export interface BatchResult {
  /** Insights this run moved past the stage. */
  readonly done: readonly InsightId[];
  readonly folded: ReadonlyMap<InsightId, InsightId>;
  /** Insights whose attempt failed, with the error (they wait for a retry, or are parked). */
  readonly failed: readonly { readonly id: InsightId; readonly error: unknown; readonly parked: boolean }[];
}

/** Claims lock insights that ingests lock too: they take turns with them in this process, as stage writes do. */
const CLAIM_WRITE: WriteOptions = { inTurn: true };

export function claim(context: EnrichmentContext, stage: EnrichmentStage, lease: string, settings: QueueSettings, limit: number, only?: readonly InsightId[]) {
  const most = Math.min(limit, stage.batchLimit?.(context) ?? limit);
  return context.db.write("enrich:claim", (tx) => claimBatch(tx, { stage: stage.name, lease, leaseMs: settings.leaseMs, limit: most, ...(only && { only }) }), CLAIM_WRITE);
}

/** Hands a batch back after an error that was not the insights' fault, so another worker need not wait out the lease. */
export async function release(context: EnrichmentContext, ids: readonly InsightId[], lease: string): Promise<void> {
  await context.db.write("enrich:release", (tx) => releaseLease(tx, ids, lease)).catch(() => undefined);
}

/**
 * Runs one stage on a claimed batch. A batch that fails is run again one insight at a time, so one
 * bad insight (a vector the index refuses, a model error) waits or is parked alone and never
 * holds back the rest. An unreachable database is not the insights' fault: that error goes up,
 * nothing is counted, and the lease runs out for whoever resumes.
 */
export async function runBatch(
  context: EnrichmentContext,
  stages: readonly EnrichmentStage[],
  index: number,
  ids: readonly InsightId[],
  lease: string,
  settings: QueueSettings,
): Promise<BatchResult> {
  const stage = stages[index]!;
  const next = stages[index + 1]?.name ?? null;
  const once = async (batch: readonly InsightId[]) => {
    const prepared = stage.prepare ? await stage.prepare(context, batch) : undefined;
    return context.db.write(
      `enrich:${stage.name}`,
      async (tx) => {
        const held = await holdOwned(tx, batch, stage.name, lease);
        const outcome = held.length > 0 ? await stage.apply(tx, held, prepared, context) : undefined;
        await advance(tx, held, next);
        return { done: held, folded: outcome?.folded ?? new Map<InsightId, InsightId>() };
      },
      STAGE_WRITE,
    );
  };
  try {
    return { ...(await once(ids)), failed: [] };
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      await release(context, ids, lease);
      throw error;
    }
    if (ids.length === 1) return { done: [], folded: new Map(), failed: [await fail(context, stage, ids[0]!, lease, error, settings)] };
  }
  const done: InsightId[] = [];
  const folded = new Map<InsightId, InsightId>();
  const failed: BatchResult["failed"][number][] = [];
  for (const id of ids) {
    try {
      const result = await once([id]);
      done.push(...result.done);
      for (const [from, into] of result.folded) folded.set(from, into);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        await release(context, ids, lease);
        throw error;
      }
      failed.push(await fail(context, stage, id, lease, error, settings));
    }
  }
  return { done, folded, failed };
}

async function fail(context: EnrichmentContext, stage: EnrichmentStage, id: InsightId, lease: string, error: unknown, settings: QueueSettings) {
  const reason = `${stage.name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
  const state = await context.db.write("enrich:failure", (tx) => recordFailure(tx, { id, stage: stage.name, lease, reason, backoffMs: settings.backoffMs }));
  return { id, error, parked: state === "parked" };
}
