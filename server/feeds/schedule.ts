import { Cron } from "croner";
import type { FeedFollower } from "./follow";

export interface Schedule {
  stop(): Promise<void>;
}

/**
 * Polls followed feeds: a tick every minute checks the feeds whose `nextCheckAt` (kept in Neo4j,
 * jittered, backed off on failure) has come, so polling resumes where it was after a restart.
 * Ticks never overlap (`protect`), and `stop` waits for the check in progress.
 */
export function startFeedSchedule(feeds: FeedFollower, log: (line: string) => void = () => undefined, pattern = "* * * * *"): Schedule {
  const job = new Cron(pattern, { protect: true, unref: true, name: "feeds" }, async () => {
    try {
      await feeds.checkDue();
    } catch (error) {
      log(`feeds: the scheduled check failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return {
    async stop() {
      job.stop();
      await feeds.stop();
    },
  };
}
