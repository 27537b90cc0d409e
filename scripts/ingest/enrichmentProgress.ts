import type { InsightId } from "@shared/ids";
import { SingleBar } from "cli-progress";
import type { Enrichment } from "../../server/enrichment";

/** Insights enriched per step of the bar: large enough for the queue's batches to pay off. */
const CHUNK = 500;

/**
 * `npm run ingest -- --wait`: enriches this run's insights here before exiting (near-duplicates,
 * embeddings, topic counts, related lists), a chunk at a time, with a bar on a terminal and a line
 * per chunk otherwise. Insights of other runs are left to the server's worker.
 */
export async function enrichWithProgress(enrichment: Enrichment, ids: readonly InsightId[], log: (line: string) => void): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const started = Date.now();
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0);
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: "enriching [{bar}] {value}/{total} insights | {rate}/s | about {eta_formatted} left", barsize: 24, hideCursor: true })
    : undefined;
  bar?.start(unique.length, 0, { rate: "–" });
  try {
    for (let start = 0; start < unique.length; start += CHUNK) {
      await enrichment.waitFor(unique.slice(start, start + CHUNK));
      const done = Math.min(unique.length, start + CHUNK);
      bar?.update(done, { rate: rate(done) });
      if (!bar) log(`enriched ${done}/${unique.length} insights (${rate(done)}/s)`);
    }
  } finally {
    bar?.stop();
  }
}
