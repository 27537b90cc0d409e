import type { Database } from "../db";
import { findGraphVersion } from "../repositories/graphVersion";

/**
 * How long a version read stands for a process that wrote nothing since: another app server's
 * write (a cluster, two servers on one database) shows within this. On a cluster, reads already
 * go to secondaries that may lag by as much.
 */
export const VERSION_MAX_AGE_MS = 1_000;

/**
 * Reads the graph version (see repositories/graphVersion.ts), one read at a time: callers that
 * arrive while a read is under way share its answer. Under fifty concurrent readers of the map this
 * turns fifty lookups into one. A read stands for `maxAgeMs` while nothing was written through
 * this database handle since it began, so a cached page costs no round trip at all; a write this
 * process committed before a request was sent is always seen, unless another request's lookup
 * was already under way (milliseconds).
 */
export function createVersionReader(db: Database, maxAgeMs = VERSION_MAX_AGE_MS): () => Promise<string | null> {
  let inFlight: Promise<string | null> | undefined;
  let known: { readonly version: string | null; readonly at: number; readonly writes: number } | undefined;
  return () => {
    const writes = db.committedWrites?.();
    if (known && writes !== undefined && writes === known.writes && Date.now() - known.at < maxAgeMs) return Promise.resolve(known.version);
    inFlight ??= (async () => {
      const at = Date.now();
      const version = await db.read("graphVersion", findGraphVersion);
      // The count from before the read: a write that commits during it makes the next caller look again.
      if (writes !== undefined) known = { version, at, writes };
      return version;
    })().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
