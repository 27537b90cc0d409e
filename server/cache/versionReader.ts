import type { Database } from "../db";
import { findGraphVersion } from "../repositories/graphVersion";

/**
 * Reads the graph version (see repositories/graphVersion.ts), one read at a time: callers that
 * arrive while a read is under way share its answer. Under fifty concurrent readers of the map this
 * turns fifty lookups into one. The answer is at most one lookup's duration old, and a write that
 * committed before a request was sent is always seen unless another request's lookup was already
 * under way (milliseconds).
 */
export function createVersionReader(db: Database): () => Promise<string | null> {
  let inFlight: Promise<string | null> | undefined;
  return () => {
    inFlight ??= db.read("graphVersion", findGraphVersion).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
