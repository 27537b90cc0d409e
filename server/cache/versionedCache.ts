
export interface VersionedCache {
  /** The answer stored for `key` at the graph's current version, else `load()`'s, stored. */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/**
 * Answers of whole-graph reads (the topic map), kept until the graph version changes. Checking the
 * version (see repositories/graphVersion.ts) is one indexed lookup; recomputing the map reads every co-occurrence of its topics, which
 * under load made the map the slowest endpoint by far. Any process that writes through the ingest
 * path changes the version, so a CLI ingest into the same Neo4j is seen at once. At most
 * `maxEntries` answers are kept, least recently used first out.
 */
export function createVersionedCache(readVersion: () => Promise<string | null>, maxEntries = 64): VersionedCache {
  const entries = new Map<string, { version: string | null; value: Promise<unknown> }>();
  return {
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const version = await readVersion();
      const hit = entries.get(key);
      entries.delete(key);
      if (hit && hit.version === version) {
        entries.set(key, hit);
        return hit.value as Promise<T>;
      }
      // The promise is stored, not its value: readers arriving during the load share it, where
      // fifty readers of a cold map had each run the map's query at once.
      const value = load();
      entries.set(key, { version, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return value;
    },
  };
}
