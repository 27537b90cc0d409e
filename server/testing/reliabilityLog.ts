import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const reliabilityDir = join(process.cwd(), "test-results/reliability");

export type ReliabilityArea = "bad input" | "security" | "faults" | "backup" | "concurrency" | "properties" | "load";

/** One thing tried against the app and what it measurably did. */
export interface ReliabilityRow {
  readonly area: ReliabilityArea;
  readonly tried: string;
  readonly happened: string;
  readonly passed: boolean;
}

/**
 * Rows a test file records as it runs, saved as one JSON file per suite (files run in parallel, so
 * each writes only its own). `npm run report:reliability` renders them all as the README's table.
 */
export function reliabilityLog(suite: string) {
  const rows: ReliabilityRow[] = [];
  return {
    record(row: ReliabilityRow): void {
      rows.push(row);
    },
    save(): void {
      mkdirSync(reliabilityDir, { recursive: true });
      const file = join(reliabilityDir, `${suite}.json`);
      writeFileSync(file, `${JSON.stringify({ suite, savedAt: new Date().toISOString(), rows }, null, 1)}\n`);
    },
  };
}
