/** Window over which /api/status measures the rate. */
const WINDOW_MS = 60_000;

/**
 * Insights this process finished, per second over the last minute: the rate /api/status shows
 * and its estimate of the time left. In memory: each app server reports what it does itself.
 */
export function createRate(now: () => number = Date.now) {
  let events: { at: number; count: number }[] = [];
  return {
    record(count: number) {
      if (count > 0) events.push({ at: now(), count });
    },
    perSecond(): number | null {
      const since = now() - WINDOW_MS;
      events = events.filter((event) => event.at >= since);
      const first = events[0];
      if (!first) return null;
      const total = events.reduce((sum, event) => sum + event.count, 0);
      // From the first finish in the window: a run that began ten seconds ago is not diluted over a minute.
      const seconds = Math.max(1, (now() - first.at) / 1000);
      return total / seconds;
    },
  };
}
