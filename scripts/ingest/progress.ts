import { SingleBar } from "cli-progress";
import type { ProgressListener } from "../../server/ingest/pipeline";

/** A progress bar with counts and rate on a terminal; one line per source otherwise (logs, CI). */
export function progressReporter(total: number, log: (line: string) => void): { listener: ProgressListener; stop(): void } {
  const started = Date.now();
  let done = 0;
  let insights = 0;
  let failed = 0;
  const rate = () => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  if (!process.stdout.isTTY) {
    return {
      listener: (event) => {
        done += 1;
        insights += event.insights;
        log(`[${done}/${total}] ${event.outcome} ${event.origin} (${event.insights} insights, ${rate()} sources/s)`);
      },
      stop: () => undefined,
    };
  }
  const bar = new SingleBar({
    format: "ingesting [{bar}] {value}/{total} sources | {rate}/s | {insights} insights | {failed} failed | {file}",
    barsize: 24,
    hideCursor: true,
  });
  bar.start(total, 0, { rate: "0.0", insights: 0, failed: 0, file: "" });
  return {
    listener: (event) => {
      done += 1;
      insights += event.insights;
      if (event.outcome === "failed") failed += 1;
      bar.update(done, { rate: rate(), insights, failed, file: event.origin.slice(-40) });
    },
    stop: () => bar.stop(),
  };
}
