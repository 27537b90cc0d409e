import type { Database } from "../db";
import { findCommunityInput, hasStaleCommunities, storeCommunities } from "../repositories/communities";
import { detectCommunities, matchCommunities } from "./communities";

export interface CommunityRefresher {
  /**
   * Recomputes communities if an ingest touched topics since the last run; never throws. Resolves
   * when they are current, after at most two seconds, or at once when runs are slow (see below).
   */
  ensureFresh(): Promise<void>;
}

/** After a slow run, wait this many times its duration before the next: at most ~10% of the time. */
const COOLDOWN_FACTOR = 10;
/** Topics plus links above which a graph counts as large: only large graphs are debounced. */
const LARGE_GRAPH = 20_000;
/** Longest a reader waits for a run; after a slower run, readers no longer wait at all. */
const READER_WAIT_MS = 2_000;

/**
 * Topic communities (themes), recomputed after ingests rather than inside them: Louvain reads the
 * whole topic graph, which an ingest transaction should not. Ingests mark the topics they touch;
 * the next read of the topic graph runs Louvain here, in transactions of its own. Runs do not
 * overlap, and a cooldown proportional to the last run's duration debounces bursts of ingests on
 * a large graph.
 *
 * Readers wait for a run only while runs are quick (a small graph's themes are then always
 * current), and never more than READER_WAIT_MS. Once a run has taken longer than that, readers get
 * the themes stored last while the next run goes on in the background: under load, fifty readers
 * queued behind a Louvain run over 3,000 topics had waited nine seconds.
 */
export function createCommunityRefresher(
  db: Database,
  readVersion: () => Promise<string | null>,
  log: (line: string) => void = () => undefined,
): CommunityRefresher {
  /** The graph version at which no topic was marked stale: nothing to check until it changes. */
  let settled: { version: string | null } | undefined;
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  let quietUntil = 0;
  let slow = false;

  const run = async () => {
    const started = Date.now();
    const version = await readVersion();
    if (settled?.version === version) return;
    if (!(await db.read("communitiesStale", hasStaleCommunities))) {
      settled = { version };
      return;
    }
    const input = await db.read("communityInput", findCommunityInput);
    const previous = new Map<string, number>();
    for (const topic of input.topics) if (topic.community !== null) previous.set(topic.slug, topic.community);
    const groups = detectCommunities(input.topics.map((t) => t.slug), input.links);
    const ids = matchCommunities(groups, previous);
    const rows = [...ids].map(([slug, community]) => ({ slug, community }));
    await db.write("storeCommunities", (tx) => storeCommunities(tx, rows, input.readAt));
    const took = Date.now() - started;
    slow = took > READER_WAIT_MS;
    const large = input.topics.length + input.links.length > LARGE_GRAPH;
    quietUntil = large ? Date.now() + took * COOLDOWN_FACTOR : 0;
  };

  const start = () => {
    if (Date.now() < quietUntil) return Promise.resolve();
    running = run()
      .catch((error: unknown) => log(`communities: not recomputed (${error instanceof Error ? error.message : String(error)})`))
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  // A run already under way may have read the graph before the caller's ingest committed, so
  // callers arriving meanwhile share one more run after it.
  const fresh = () => {
    if (queued) return queued;
    if (!running) return start();
    queued = running.then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  };

  return {
    ensureFresh() {
      const done = fresh();
      if (slow) return Promise.resolve();
      // A reader that waited out the limit shows this run is slow: later readers need not wait for it.
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<void>((waited) => {
        timer = setTimeout(() => {
          slow = true;
          waited();
        }, READER_WAIT_MS);
      });
      return Promise.race([done, limit]).finally(() => clearTimeout(timer));
    },
  };
}
