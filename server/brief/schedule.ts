import { Cron } from "croner";
import type { BriefDelivery } from "./delivery";

/** `BRIEF_CRON` when set, else every day at `BRIEF_HOUR` o'clock, server time. */
export const briefPattern = (hour: number, cron?: string) => cron ?? `0 ${hour} * * *`;

/** Whether a cron pattern is valid, with croner's reason when not. */
export function checkBriefPattern(pattern: string): string | null {
  try {
    new Cron(pattern, { paused: true }).stop();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export interface BriefSchedule {
  /** When the next brief is due. */
  next(): Date | null;
  stop(): Promise<void>;
}

/**
 * Sends the daily brief at the pattern's time. At start, a brief whose time already came today
 * and was not made (the app was down at that hour) is made at once; the brief stored in Neo4j
 * for the day is what stops a second one, so a restart never sends twice.
 */
export function startBriefSchedule(briefs: BriefDelivery, pattern: string, log: (line: string) => void = () => undefined, now: () => Date = () => new Date()): BriefSchedule {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = briefs.runDaily().then(
      (brief) => brief && log(`brief: ${brief.id} made with ${brief.items.length} insights (${brief.basis})`),
      (error: unknown) => log(`brief: the scheduled brief failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    return running;
  };
  const job = new Cron(pattern, { protect: true, unref: true, name: "brief" }, async () => {
    await run();
  });
  const startOfDay = new Date(now());
  startOfDay.setHours(0, 0, 0, 0);
  const firstToday = new Cron(pattern, { paused: true }).nextRun(startOfDay);
  if (firstToday && firstToday <= now()) void run();
  return {
    next: () => job.nextRun(),
    async stop() {
      job.stop();
      await running;
    },
  };
}
