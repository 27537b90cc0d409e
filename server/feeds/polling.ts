/** The longest a failing feed waits between checks. */
const MAX_BACKOFF_MINUTES = 24 * 60;

/**
 * When to check a feed next: the poll interval, give or take 10% so feeds added together do not
 * all call at the same minute, doubled for each failure in a row up to a day.
 */
export function nextCheckAt(now: Date, pollMinutes: number, failures: number, random: () => number = Math.random): Date {
  const minutes = Math.min(pollMinutes * 2 ** Math.min(failures, 20), Math.max(pollMinutes, MAX_BACKOFF_MINUTES));
  const jitter = 0.9 + 0.2 * random();
  return new Date(now.getTime() + minutes * jitter * 60_000);
}
