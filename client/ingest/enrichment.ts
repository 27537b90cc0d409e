import type { SourceEnrichment } from "@shared/api/status";
import type { SourceId } from "@shared/ids";
import { fetchSourceEnrichment } from "../api/sources";

/** How far a file's (or a re-ingest's) insights are through the enrichment queue. */
export type EnrichmentStep = { readonly done: false; readonly waiting: number; readonly insights: number } | { readonly done: true; readonly parked: number };

/** One step from the server's per-source counts: done once nothing waits (parked ones are given up on). */
export function enrichmentStep(rows: readonly SourceEnrichment[]): EnrichmentStep {
  const waiting = rows.reduce((sum, row) => sum + row.waiting, 0);
  const parked = rows.reduce((sum, row) => sum + row.parked, 0);
  if (waiting === 0) return { done: true, parked };
  return { done: false, waiting, insights: rows.reduce((sum, row) => sum + row.insights, 0) };
}

export function describeEnrichment(step: EnrichmentStep): string {
  if (!step.done) return `enriching: ${step.waiting} of ${step.insights} insights still waiting for topics and related lists…`;
  return step.parked > 0 ? `enriched, ${step.parked} insight${step.parked === 1 ? "" : "s"} given up on (see the status)` : "enriched";
}

/** How often a watch asks again: enrichment runs in batches of seconds. */
const POLL_MS = 1_500;

/**
 * Asks the server how far these sources' insights are until none waits, reporting each answer;
 * stops quietly when aborted or when the server cannot say.
 */
export async function watchEnrichment(ids: readonly SourceId[], onStep: (step: EnrichmentStep) => void, signal?: AbortSignal): Promise<void> {
  if (ids.length === 0) return onStep({ done: true, parked: 0 });
  while (!signal?.aborted) {
    let step: EnrichmentStep;
    try {
      step = enrichmentStep((await fetchSourceEnrichment(ids, signal)).sources ?? []);
    } catch {
      return;
    }
    onStep(step);
    if (step.done) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
