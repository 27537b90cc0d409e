import type { FeedCheck } from "@shared/api/feeds";
import { FetchError, type FetchedBody, safeFetch, type SafeFetchOptions } from "../fetch/safeFetch";
import { decodeText, InputError } from "../ingest/formats";
import { ingestDocument, type PipelineDeps } from "../ingest/pipeline";
import { type EpisodeRow, type FeedRow, findSeenEpisodes, recordEpisodes, recordFeedCheck } from "../repositories/feeds";
import { type Episode, NotAFeedError, readFeed } from "./episodes";
import { readEpisode, type ReadingContext } from "./episodeDocument";
import { episodeIdOf } from "./feedId";
import { nextCheckAt } from "./polling";

export const FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

export interface CheckContext extends Omit<ReadingContext, "show"> {
  readonly pipeline: PipelineDeps;
  readonly pollMinutes: number;
  /** Largest feed document read. */
  readonly feedMaxBytes: number;
  /** Episodes read at a feed's first check; older ones are marked seen, not read. */
  readonly backfill: number;
  /** Episodes read at most per later check; the rest wait for the next. */
  readonly perCheck: number;
  readonly now: () => Date;
  readonly random?: () => number;
}

/** Why a fetched document is not a feed, or the fetch failed, in words for `lastError`. */
export function feedProblem(error: unknown): string | null {
  if (error instanceof FetchError) return error.reason;
  if (error instanceof NotAFeedError) return error.message;
  if (error instanceof InputError) return error.problem;
  return null;
}

/** Fetches a feed, conditionally when it has validators from its last good check. */
export function fetchFeed(feed: Pick<FeedRow, "url" | "etag" | "lastModified">, fetchOptions: SafeFetchOptions, maxBytes: number): Promise<FetchedBody> {
  const headers: Record<string, string> = {};
  if (feed.etag) headers["if-none-match"] = feed.etag;
  if (feed.lastModified) headers["if-modified-since"] = feed.lastModified;
  return safeFetch(feed.url, { ...fetchOptions, maxBytes, headers, accept: FEED_ACCEPT });
}

/** Reads fetched bytes as a feed; not XML, not a feed, or not parsable throws with the reason. */
export const parseFeedBody = (answer: FetchedBody, maxBytes: number) => readFeed(decodeText(answer.url, answer.bytes, maxBytes));

async function fail(context: CheckContext, feed: FeedRow, reason: string): Promise<FeedCheck> {
  const now = context.now();
  const failures = feed.failures + 1;
  await context.pipeline.db.write("feedCheck", (tx) =>
    recordFeedCheck(tx, feed.id, {
      title: null,
      etag: feed.etag,
      lastModified: feed.lastModified,
      lastCheckedAt: now.toISOString(),
      lastError: `${reason} (failed ${failures} ${failures === 1 ? "time" : "times"} in a row; next try after a longer wait)`,
      failures,
      nextCheckAt: nextCheckAt(now, context.pollMinutes, failures, context.random).toISOString(),
    }),
  );
  return { status: "failed", newEpisodes: 0, sources: [], problems: [reason] };
}

const seenRow = (feedId: string, episode: Episode, status: EpisodeRow["status"], problem: string | null) => ({
  id: episodeIdOf(feedId, episode.key),
  key: episode.key,
  title: episode.title,
  status,
  problem,
  sourceId: null,
  textFrom: null,
  chapters: [],
});

/**
 * One check of a followed feed: a conditional GET (304: nothing to do), then every episode not
 * seen before is read (transcript, else audio, else show notes) and ingested in its own
 * transaction, and recorded as seen so it is never ingested twice. An episode whose ingest fails
 * is not recorded, so the next check tries it again, and the feed's validators are not kept then
 * (a 304 would hide it). A fetch or parse failure fails the check and backs the feed off.
 */
export async function checkFeed(context: CheckContext, feed: FeedRow, prefetched?: FetchedBody): Promise<FeedCheck> {
  const { db } = context.pipeline;
  let answer: FetchedBody;
  let document;
  try {
    answer = prefetched ?? (await fetchFeed(feed, context.fetchOptions, context.feedMaxBytes));
    document = answer.status === 304 ? null : parseFeedBody(answer, context.feedMaxBytes);
  } catch (error) {
    const problem = feedProblem(error);
    if (problem === null) throw error;
    return fail(context, feed, problem);
  }
  const validators = { etag: answer.headers.etag ?? null, lastModified: answer.headers["last-modified"] ?? null };
  const finish = async (title: string | null, keepValidators: boolean, lastError: string | null) => {
    const now = context.now();
    await db.write("feedCheck", (tx) =>
      recordFeedCheck(tx, feed.id, {
        title,
        ...(keepValidators ? validators : { etag: null, lastModified: null }),
        lastCheckedAt: now.toISOString(),
        lastError,
        failures: 0,
        nextCheckAt: nextCheckAt(now, context.pollMinutes, 0, context.random).toISOString(),
      }),
    );
  };
  if (!document) {
    await finish(null, true, null);
    return { status: "unchanged", newEpisodes: 0, sources: [], problems: [] };
  }

  const seen = await db.read("feedEpisodesSeen", (tx) => findSeenEpisodes(tx, feed.id, document.episodes.map((e) => e.key)));
  const fresh = document.episodes.filter((episode, i, all) => !seen.has(episode.key) && all.findIndex((e) => e.key === episode.key) === i);
  const firstCheck = feed.lastCheckedAt === null && seen.size === 0;
  const toRead = fresh.slice(0, firstCheck ? context.backfill : context.perCheck);
  const older = firstCheck ? fresh.slice(context.backfill) : [];
  if (older.length > 0) {
    const rows = older.map((e) => seenRow(feed.id, e, "skipped", `published before the feed was followed (the newest ${context.backfill} are read)`));
    await db.write("feedEpisodes", (tx) => recordEpisodes(tx, feed.id, rows));
  }

  const sources: FeedCheck["sources"][number][] = [];
  const problems: string[] = [];
  const failed: string[] = [];
  const show = document.title;
  for (const episode of toRead) {
    const reading = await readEpisode(episode, { ...context, ...(show && { show }) });
    problems.push(...reading.problems);
    if (!reading.doc || !reading.textFrom) {
      await db.write("feedEpisodes", (tx) => recordEpisodes(tx, feed.id, [seenRow(feed.id, episode, "skipped", reading.problems.at(-1) ?? null)]));
      continue;
    }
    try {
      const result = await ingestDocument(context.pipeline, reading.doc);
      const source = result.sources[0];
      const row = { ...seenRow(feed.id, episode, "ingested", null), sourceId: source?.id ?? null, textFrom: reading.textFrom, chapters: reading.chapters };
      await db.write("feedEpisodes", (tx) => recordEpisodes(tx, feed.id, [row]));
      if (source) sources.push({ id: source.id, title: source.title, insights: result.insights.length, textFrom: reading.textFrom });
    } catch (error) {
      const reason = `${episode.title}: not ingested, tried again at the next check (${error instanceof Error ? error.message : String(error)})`;
      failed.push(reason);
      problems.push(reason);
    }
  }
  const complete = failed.length === 0 && toRead.length === fresh.length - older.length;
  await finish(show ?? null, complete, failed.length > 0 ? failed.join("; ") : null);
  return { status: sources.length > 0 ? "ingested" : "unchanged", newEpisodes: sources.length, sources, problems };
}
