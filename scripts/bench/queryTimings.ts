import type { Database, ManagedTransaction, Work } from "../../server/db";

interface Timing {
  calls: number;
  ms: number;
}

/** A query's name in the profile: its first clauses, enough to find it in `server/repositories/`. */
const nameOf = (query: string) => query.replace(/\s+/g, " ").trim().slice(0, 90);

/**
 * The same database with every `tx.run` timed and summed per query text, and the rest of each
 * transaction (Node work between queries: extraction of features, scoring) summed per operation.
 * A profiling aid for `bench:profile`: it measures where a batch spends its time without changing
 * what runs.
 */
export function timedDatabase(db: Database): { db: Database; report(): string } {
  const queries = new Map<string, Timing>();
  const operations = new Map<string, Timing & { queryMs: number }>();
  const add = (map: Map<string, Timing>, key: string, ms: number) => {
    const timing = map.get(key) ?? { calls: 0, ms: 0 };
    map.set(key, { calls: timing.calls + 1, ms: timing.ms + ms });
  };

  const timed = <T>(name: string, work: Work<T>): Work<T> => async (tx) => {
    let queryMs = 0;
    const run = async (query: string, parameters?: Record<string, unknown>) => {
      const started = performance.now();
      try {
        return await tx.run(query, parameters);
      } finally {
        const ms = performance.now() - started;
        queryMs += ms;
        add(queries, nameOf(query), ms);
      }
    };
    const started = performance.now();
    // NOTE: callers only await `run`; the proxy's promise stands in for the driver's Result.
    const result = await work({ run } as unknown as ManagedTransaction);
    const operation = operations.get(name) ?? { calls: 0, ms: 0, queryMs: 0 };
    operations.set(name, { calls: operation.calls + 1, ms: operation.ms + performance.now() - started, queryMs: operation.queryMs + queryMs });
    return result;
  };

  return {
    db: {
      read: (name, work) => db.read(name, timed(name, work)),
      write: (name, work) => db.write(name, timed(name, work)),
      ping: () => db.ping(),
      close: () => db.close(),
    },
    report() {
      const total = [...queries.values()].reduce((sum, t) => sum + t.ms, 0);
      const lines = [...queries]
        .sort(([, a], [, b]) => b.ms - a.ms)
        .map(([query, t]) => `${(t.ms / 1000).toFixed(2).padStart(8)} s ${((100 * t.ms) / total).toFixed(1).padStart(5)}% ${String(t.calls).padStart(6)}×  ${query}`);
      const ops = [...operations].map(
        ([name, t]) => `${name}: ${t.calls} transactions, ${(t.ms / 1000).toFixed(2)} s, of which queries ${(t.queryMs / 1000).toFixed(2)} s and Node ${((t.ms - t.queryMs) / 1000).toFixed(2)} s`,
      );
      return [...ops, "", "   time  share  calls  query", ...lines].join("\n");
    },
  };
}
