import { setTimeout as sleep } from "node:timers/promises";
import type { Driver } from "neo4j-driver";
import { isDatabaseUnavailable } from "./errors";
import { applySchema } from "./schema";

const RETRY_MS = 5_000;

/**
 * Applies the schema, waiting for the database when it is unreachable: the HTTP server is
 * already up meanwhile and answers 503 from /api/health, so a person sees what is wrong.
 */
export async function prepareWhenReachable(
  driver: Driver,
  database: string,
  describe: string,
  log: (line: string) => void,
  signal: AbortSignal,
): Promise<boolean> {
  let warned = false;
  while (!signal.aborted) {
    try {
      // A single connection attempt first: it fails in milliseconds, where a query would retry for seconds.
      await driver.getServerInfo({ database });
      await applySchema(driver, database);
      if (warned) log(`neo4j: ${describe} is reachable again; schema applied`);
      return true;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      if (!warned) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        log(`neo4j: cannot reach ${describe} (${reason}); retrying every ${RETRY_MS / 1000} s, /api/health answers 503 until then`);
        warned = true;
      }
      await sleep(RETRY_MS, undefined, { signal }).catch(() => undefined);
    }
  }
  return false;
}
