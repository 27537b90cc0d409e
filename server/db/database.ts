import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";

export type { ManagedTransaction } from "neo4j-driver";

/** Unit of work inside one managed transaction. It may be retried: no side effects outside Neo4j. */
export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export interface Database {
  read<T>(name: string, work: Work<T>): Promise<T>;
  write<T>(name: string, work: Work<T>): Promise<T>;
  /** Resolves when the server answers, rejects with the driver's error otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const TX_TIMEOUT_MS = 60_000;
/** A batch of a thousand insights with its related lists can legitimately take longer than a read. */
const BATCH_WRITE_TIMEOUT_MS = 300_000;
const BATCH_WRITES = new Set(["ingest", "benchRelatedFull"]);

/**
 * Writes that lock many shared nodes (topics, related lists) deadlock each other when they run
 * side by side; 20 overlapping ingests at once exhausted the driver's retries for a third of them.
 * In one process these take turns; extraction, outside the transaction, still runs in parallel.
 */
const WRITES_IN_TURN = new Set(["ingest"]);

/**
 * The one place transactions begin: the database is pinned, every transaction is tagged with the
 * operation's name (visible in `SHOW TRANSACTIONS`), and reads are marked so a cluster routes them
 * to secondaries.
 */
export function createDatabase(driver: Driver, database: string): Database {
  const run = async <T>(mode: "READ" | "WRITE", name: string, work: Work<T>): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
    const timeout = BATCH_WRITES.has(name) ? BATCH_WRITE_TIMEOUT_MS : TX_TIMEOUT_MS;
    const config = { timeout, metadata: { app: "insight-graph", operation: name } };
    try {
      return mode === "READ" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
    }
  };
  let lastInTurn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const result = lastInTurn.then(task);
    lastInTurn = result.catch(() => undefined);
    return result;
  };
  return {
    read: (name, work) => run("READ", name, work),
    write: (name, work) => (WRITES_IN_TURN.has(name) ? inTurn(() => run("WRITE", name, work)) : run("WRITE", name, work)),
    ping: async () => {
      await driver.getServerInfo({ database });
    },
    close: () => driver.close(),
  };
}

/** Cypher integers: the driver sends every JS number as a float, which LIMIT and SKIP reject. */
export const int = (value: number) => neo4j.int(value);
