import type { ManagedTransaction } from "../db";
import { int } from "../db";

/** A followed feed as stored: `(:Feed)`, with what a conditional GET needs and how polling stands. */
export interface FeedRow {
  readonly id: string;
  readonly url: string;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastCheckedAt: string | null;
  readonly lastError: string | null;
  readonly failures: number;
  readonly nextCheckAt: string | null;
  readonly episodes: number;
}

/** What a check leaves on the feed; times are ISO strings, compared as such. */
export interface FeedCheckRow {
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastCheckedAt: string;
  readonly lastError: string | null;
  readonly failures: number;
  readonly nextCheckAt: string;
}

/** One episode seen in a feed, keyed by its guid (else its enclosure URL): read once, ever. */
export interface EpisodeRow {
  readonly id: string;
  readonly key: string;
  readonly title: string;
  /** `ingested`, or `skipped` (before the feed was followed, or nothing to read). */
  readonly status: "ingested" | "skipped";
  readonly problem: string | null;
  readonly sourceId: string | null;
  /** Where the source's text came from: `transcript`, `audio` or `show-notes`. */
  readonly textFrom: string | null;
}

/** A chapter of an episode (podcast:chapters), in seconds from the start. */
export interface ChapterRow {
  readonly title: string;
  readonly startSec: number;
  readonly endSec: number | null;
}

const FEED_FIELDS = `f.id AS id, f.url AS url, f.title AS title, f.etag AS etag, f.lastModified AS lastModified,
  f.lastCheckedAt AS lastCheckedAt, f.lastError AS lastError, coalesce(f.failures, 0) AS failures,
  f.nextCheckAt AS nextCheckAt, COUNT { (f)-[:HAS_EPISODE]->(:FeedEpisode {status: 'ingested'}) } AS episodes`;

const toFeedRow = (record: { toObject(): Record<string, unknown> }): FeedRow => {
  const row = record.toObject();
  return { ...row, failures: Number(row.failures), episodes: Number(row.episodes) } as unknown as FeedRow;
};

/** Follows a feed (idempotent: following it again changes nothing but returns it). */
export async function upsertFeed(tx: ManagedTransaction, feed: { id: string; url: string; nextCheckAt: string }): Promise<FeedRow> {
  const result = await tx.run(
    `MERGE (f:Feed {id: $id})
       ON CREATE SET f.url = $url, f.createdAt = datetime(), f.failures = 0, f.nextCheckAt = $nextCheckAt
     RETURN ${FEED_FIELDS}`,
    feed,
  );
  return toFeedRow(result.records[0]!);
}

export async function findFeeds(tx: ManagedTransaction): Promise<FeedRow[]> {
  const result = await tx.run(`MATCH (f:Feed) RETURN ${FEED_FIELDS} ORDER BY toLower(coalesce(f.title, f.url)), f.id`);
  return result.records.map(toFeedRow);
}

export async function findFeed(tx: ManagedTransaction, id: string): Promise<FeedRow | null> {
  const result = await tx.run(`MATCH (f:Feed {id: $id}) RETURN ${FEED_FIELDS}`, { id });
  return result.records[0] ? toFeedRow(result.records[0]) : null;
}

/** Feeds whose next check is due, the longest-waiting first. */
export async function findDueFeeds(tx: ManagedTransaction, now: string, limit: number): Promise<string[]> {
  const result = await tx.run(
    `MATCH (f:Feed) WHERE f.nextCheckAt IS NULL OR f.nextCheckAt <= $now
     RETURN f.id AS id ORDER BY f.nextCheckAt, f.id LIMIT $limit`,
    { now, limit: int(limit) },
  );
  return result.records.map((record) => record.get("id") as string);
}

/** Stops following a feed; what it brought in (sources, insights) stays. */
export async function deleteFeed(tx: ManagedTransaction, id: string): Promise<boolean> {
  const result = await tx.run(
    `MATCH (f:Feed {id: $id})
     OPTIONAL MATCH (f)-[:HAS_EPISODE]->(e:FeedEpisode)
     WITH f, collect(e) AS episodes
     FOREACH (e IN episodes | DETACH DELETE e)
     DETACH DELETE f
     RETURN count(*) AS deleted`,
    { id },
  );
  return Number(result.records[0]?.get("deleted") ?? 0) > 0;
}

export async function recordFeedCheck(tx: ManagedTransaction, id: string, check: FeedCheckRow): Promise<void> {
  await tx.run(
    `MATCH (f:Feed {id: $id})
     SET f.title = coalesce($check.title, f.title), f.etag = $check.etag, f.lastModified = $check.lastModified,
         f.lastCheckedAt = $check.lastCheckedAt, f.lastError = $check.lastError,
         f.failures = $check.failures, f.nextCheckAt = $check.nextCheckAt`,
    { id, check: { ...check, failures: int(check.failures) } },
  );
}

/** Which of these episode keys the feed has already seen. */
export async function findSeenEpisodes(tx: ManagedTransaction, feedId: string, keys: readonly string[]): Promise<Set<string>> {
  const result = await tx.run(
    `MATCH (:Feed {id: $feedId})-[:HAS_EPISODE]->(e:FeedEpisode) WHERE e.key IN $keys RETURN e.key AS key`,
    { feedId, keys },
  );
  return new Set(result.records.map((record) => record.get("key") as string));
}

/**
 * Records episodes as seen, and on each ingested one's source where its text came from, its feed
 * and, when the episode has chapters, the chapter each insight falls in (on `FROM`).
 */
export async function recordEpisodes(
  tx: ManagedTransaction,
  feedId: string,
  episodes: readonly (EpisodeRow & { readonly chapters: readonly ChapterRow[] })[],
): Promise<void> {
  await tx.run(
    `MATCH (f:Feed {id: $feedId})
     UNWIND $episodes AS row
     MERGE (e:FeedEpisode {id: row.id})
       ON CREATE SET e.key = row.key, e.title = row.title, e.status = row.status, e.problem = row.problem,
                     e.sourceId = row.sourceId, e.textFrom = row.textFrom, e.seenAt = datetime()
     MERGE (f)-[:HAS_EPISODE]->(e)
     WITH f, e, row WHERE row.sourceId IS NOT NULL
     MATCH (s:Source {id: row.sourceId})
     SET s.textFrom = row.textFrom, s.feedId = f.id
     WITH s, row
     CALL (s, row) {
       UNWIND row.chapters AS chapter
       MATCH (:Insight)-[from:FROM]->(s)
       WHERE from.startSec IS NOT NULL AND from.startSec >= chapter.startSec
         AND (chapter.endSec IS NULL OR from.startSec < chapter.endSec)
       SET from.chapter = chapter.title
     }`,
    { feedId, episodes },
  );
}
