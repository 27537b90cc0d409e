import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { FeedFollower } from "./follow";
import { startFeedSchedule } from "./schedule";

describe("startFeedSchedule", () => {
  it("checks due feeds on each tick, never two ticks at once, and stops for good", async () => {
    let ticks = 0;
    let running = 0;
    let overlapped = false;
    let stopped = false;
    const follower = {
      checkDue: async () => {
        ticks += 1;
        running += 1;
        overlapped ||= running > 1;
        await sleep(1_500); // longer than a tick: the next one must be skipped, not stacked
        running -= 1;
        return 0;
      },
      stop: async () => {
        stopped = true;
      },
    } as unknown as FeedFollower;
    const schedule = startFeedSchedule(follower, () => undefined, "* * * * * *"); // every second
    await sleep(3_200);
    await schedule.stop();
    const after = ticks;
    await sleep(1_200);
    expect(after).toBeGreaterThanOrEqual(1);
    expect(after).toBeLessThanOrEqual(2);
    expect(ticks).toBe(after);
    expect(overlapped).toBe(false);
    expect(stopped).toBe(true);
  });
});
