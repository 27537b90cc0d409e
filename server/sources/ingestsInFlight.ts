import type { SourceId } from "@shared/ids";

/**
 * The sources this app is ingesting right now, so a deletion can wait for the ingest of the same
 * source (or say it is still running) instead of racing it: extraction runs before the ingest's
 * transaction, so Neo4j's locks alone would let a delete slip in between and the ingest then
 * write the source back.
 */
export interface IngestsInFlight {
  /** Runs `work` with these sources marked as being ingested. */
  track<T>(ids: readonly SourceId[], work: () => Promise<T>): Promise<T>;
  isIngesting(id: SourceId): boolean;
  /** Resolves true once no ingest of `id` runs, false if one still runs after `timeoutMs`. */
  settled(id: SourceId, timeoutMs: number): Promise<boolean>;
}

export function createIngestsInFlight(): IngestsInFlight {
  const running = new Map<SourceId, Set<Promise<unknown>>>();

  return {
    async track(ids, work) {
      const done = work();
      const quiet = done.catch(() => undefined);
      for (const id of ids) running.set(id, (running.get(id) ?? new Set()).add(quiet));
      try {
        return await done;
      } finally {
        for (const id of ids) {
          const set = running.get(id);
          set?.delete(quiet);
          if (set?.size === 0) running.delete(id);
        }
      }
    },
    isIngesting: (id) => running.has(id),
    async settled(id, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (running.has(id)) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise((resolve) => (timer = setTimeout(resolve, left)));
        await Promise.race([Promise.all(running.get(id) ?? []), timeout]);
        clearTimeout(timer);
      }
      return true;
    },
  };
}
