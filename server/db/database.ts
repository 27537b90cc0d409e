import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";

export type { ManagedTransaction } from "neo4j-driver";

/** Unit of work inside one managed transaction. It may be retried: no side effects outside Neo4j. */
export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/** How a write behaves, said by the caller: the name a transaction is logged under changes nothing. */
export interface WriteOptions {
  /** Milliseconds before the server gives up on the transaction; TX_TIMEOUT_MS when absent. */
  readonly timeoutMs?: number;
  /**
   * Writes that lock many shared nodes (topics, related lists) deadlock each other when they run
   * side by side; 20 overlapping ingests at once exhausted the driver's retries for a third of them.
   * Writes marked `inTurn` take turns in this process; work outside the transaction still runs in parallel.
   */
  readonly inTurn?: boolean;
}

export interface Database {
  read<T>(name: string, work: Work<T>): Promise<T>;
  write<T>(name: string, work: Work<T>, options?: WriteOptions): Promise<T>;
  /**
   * Write transactions committed through this handle so far. Lets a cache of graph reads know
   * that this process changed nothing since it last looked (another process's writes it cannot see).
   * Undefined while it cannot count yet (a database still being opened), so readers look every time.
   */
  committedWrites?(): number | undefined;
  /** Resolves when the server answers, rejects with the driver's error otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const TX_TIMEOUT_MS = 60_000;
/** A batch of a thousand insights with its related lists can legitimately take longer than a read. */
export const BATCH_WRITE_TIMEOUT_MS = 300_000;

/**
 * The one place transactions begin: the database is pinned, every transaction is tagged with the
 * operation's name (visible in `SHOW TRANSACTIONS`), and reads are marked so a cluster routes them
 * to secondaries.
 */
export function createDatabase(driver: Driver, database: string): Database {
  const run = async <T>(mode: "READ" | "WRITE", name: string, work: Work<T>, timeout = TX_TIMEOUT_MS): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
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
  let committed = 0;
  return {
    read: (name, work) => run("READ", name, work),
    write: (name, work, options = {}) => {
      const write = async () => {
        const result = await run("WRITE", name, work, options.timeoutMs);
        committed += 1;
        return result;
      };
      return options.inTurn ? inTurn(write) : write();
    },
    committedWrites: () => committed,
    ping: async () => {
      await driver.getServerInfo({ database });
    },
    close: () => driver.close(),
  };
}

/** Cypher integers: the driver sends every JS number as a float, which LIMIT and SKIP reject. */
export const int = (value: number) => neo4j.int(value);
