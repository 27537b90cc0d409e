import { setTimeout as sleep } from "node:timers/promises";
import type { InsightId } from "@shared/ids";
import { randomUUID } from "node:crypto";
import { findWaiting } from "../repositories/enrichmentQueue";
import { type BatchResult, type QueueSettings, claim, runBatch } from "./runBatch";
import type { EnrichmentContext, EnrichmentStage } from "./stage";

/** An insight a caller waited for could not be enriched: it is written, and waits for a retry or a person. */
export class EnrichmentError extends Error {}

/** How often a waiting caller looks again while another worker holds its insights. */
const POLL_MS = 100;

/**
 * Enriches the given insights now, for a caller that needs the result at once (`?wait=1`, `npm run
 * ingest -- --wait`, tests): it takes them through every stage itself, and where a worker holds
 * some already, waits for it. Returns the near-duplicates folded on the way. The first failure is
 * thrown (after it is recorded, so the queue retries it as usual), once every part has stopped.
 */
export async function waitForEnrichment(
  context: EnrichmentContext,
  stages: readonly EnrichmentStage[],
  settings: QueueSettings,
  ids: readonly InsightId[],
  options: WaitOptions,
): Promise<ReadonlyMap<InsightId, InsightId>> {
  const unique = [...new Set(ids)];
  const deadline = Date.now() + options.timeoutMs;
  const size = options.partSize;
  const parts = Array.from({ length: Math.ceil(unique.length / size) }, (_, i) => unique.slice(i * size, (i + 1) * size));
  const outcomes = await Promise.allSettled(parts.map((part) => enrichPart(context, stages, settings, part, deadline, options)));
  const failure = outcomes.find((outcome) => outcome.status === "rejected");
  if (failure) throw failure.reason;
  return new Map(outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [...outcome.value] : [])));
}

interface WaitOptions {
  readonly timeoutMs: number;
  /**
   * Insights taken through the stages together: a worker's batch, so a wait groups them as the
   * queue would. A larger wait is cut into parts that run side by side: while one part is being
   * embedded (in the model's thread), the parts before it go through the database stages.
   */
  readonly partSize: number;
  readonly onBatch?: (stage: string, result: BatchResult) => void;
}

async function enrichPart(
  context: EnrichmentContext,
  stages: readonly EnrichmentStage[],
  settings: QueueSettings,
  unique: readonly InsightId[],
  deadline: number,
  options: WaitOptions,
): Promise<Map<InsightId, InsightId>> {
  const folded = new Map<InsightId, InsightId>();
  const lease = `wait:${randomUUID()}`;
  while (unique.length > 0) {
    for (const [index, stage] of stages.entries()) {
      const claimed = await claim(context, stage, lease, settings, unique.length, unique);
      if (claimed.length === 0) continue;
      const result = await runBatch(context, stages, index, claimed, lease, settings);
      options.onBatch?.(stage.name, result);
      for (const [from, into] of result.folded) folded.set(from, into);
      if (result.failed[0]) throw result.failed[0].error;
    }
    const waiting = await context.db.read("enrich:waiting", (tx) => findWaiting(tx, unique));
    if (waiting.length === 0) break;
    const stuck = waiting.find((row) => row.parked ?? row.error);
    if (stuck) throw new EnrichmentError(`insight ${stuck.id} waits at ${stuck.stage} after a failure: ${stuck.parked ?? stuck.error}`);
    if (Date.now() > deadline) throw new EnrichmentError(`${waiting.length} insights were still being enriched after ${options.timeoutMs / 1000} s`);
    await sleep(POLL_MS);
  }
  return folded;
}
