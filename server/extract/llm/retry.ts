import { setTimeout as sleep } from "node:timers/promises";

export interface RetryPolicy {
  /** Calls in all, the first included. */
  readonly attempts: number;
  /** Wait before the second call; doubled before each later one. */
  readonly firstDelayMs: number;
}

/** Runs `work` until it succeeds or the attempts run out, waiting longer after each failure. */
export async function withRetries<T>(work: () => Promise<T>, policy: RetryPolicy, retryable: (error: unknown) => boolean): Promise<T> {
  let delay = policy.firstDelayMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= policy.attempts || !retryable(error)) throw error;
      await sleep(delay);
      delay *= 2;
    }
  }
}

/** Runs `work` over the items with at most `limit` calls in flight; results keep the items' order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(items[index] as T);
      } catch (error) {
        next = items.length; // one failure fails the whole source: start nothing new
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** An error of a model call in words a user can act on: the endpoint unreachable, or its answer bad. */
export function describeFailure(error: unknown, endpoint: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|fetch failed|Connection error|timed? ?out/i.test(message + cause)) {
    return `could not reach the model at ${endpoint}: ${message}${cause}`;
  }
  return `the model at ${endpoint} answered badly: ${message.split("\n")[0]}`;
}

// Bad requests (401, 404 unknown model) will not get better by asking again.
export const retryable = (error: unknown) => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status !== "number" || status === 408 || status === 409 || status === 429 || status >= 500;
};
