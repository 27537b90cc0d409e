import { setTimeout as sleep } from "node:timers/promises";
import type { Feed, FeedCheck } from "@shared/api/feeds";
import { AppError, notFound } from "../errors";
import { findDueFeeds, findFeed, findFeeds, type FeedRow, deleteFeed, upsertFeed } from "../repositories/feeds";
import { type CheckContext, checkFeed, feedProblem, fetchFeed, parseFeedBody } from "./checkFeed";
import { feedIdOf } from "./feedId";
import { readOpml } from "./opml";

/** Feeds checked per tick of the schedule; the rest are due at the next tick. */
const DUE_PER_TICK = 20;

export interface FeedFollower {
  list(): Promise<Feed[]>;
  /** Follows a feed after fetching it once (a URL that is not a usable feed is refused, 4xx); its first check starts at once. */
  subscribe(url: string, waitMs?: number): Promise<{ feed: Feed; check: FeedCheck | null }>;
  importOpml(opml: string): Promise<{ added: Feed[]; problems: string[] }>;
  remove(id: string): Promise<boolean>;
  /** Checks a feed now; a check already running is joined, not repeated. */
  check(id: string): Promise<{ feed: Feed; check: FeedCheck }>;
  /** Checks every feed whose time has come; what the schedule runs each minute. */
  checkDue(): Promise<number>;
  /** Lets running checks finish and starts no more. */
  stop(): Promise<void>;
}

/** The checks and subscriptions of followed feeds, for the API, the CLI and the schedule alike. */
export function createFeedFollower(context: CheckContext, log: (line: string) => void = () => undefined): FeedFollower {
  const { db } = context.pipeline;
  const running = new Map<string, Promise<FeedCheck>>();
  let stopped = false;

  const toFeed = (row: FeedRow): Feed => ({
    id: row.id as Feed["id"],
    url: row.url,
    title: row.title,
    lastCheckedAt: row.lastCheckedAt,
    lastError: row.lastError,
    failures: row.failures,
    episodes: row.episodes,
    nextCheckAt: row.nextCheckAt,
    checking: running.has(row.id),
  });
  const current = async (id: string) => {
    const row = await db.read("feed", (tx) => findFeed(tx, id));
    if (!row) throw notFound(`Feed ${id}`);
    return row;
  };
  const start = (row: FeedRow, prefetched?: Parameters<typeof checkFeed>[2]): Promise<FeedCheck> => {
    const existing = running.get(row.id);
    if (existing) return existing;
    const run = checkFeed(context, row, prefetched).finally(() => running.delete(row.id));
    running.set(row.id, run);
    run.then(
      (check) => log(`feeds: ${row.title ?? row.url}: ${check.status}${check.newEpisodes ? `, ${check.newEpisodes} new` : ""}${check.status === "failed" ? ` (${check.problems[0]})` : ""}`),
      (error: unknown) => log(`feeds: ${row.url}: check failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    return run;
  };

  return {
    list: async () => (await db.read("feeds", (tx) => findFeeds(tx))).map(toFeed),

    async subscribe(url, waitMs = 15_000) {
      let answer;
      try {
        answer = await fetchFeed({ url, etag: null, lastModified: null }, context.fetchOptions, context.feedMaxBytes);
        parseFeedBody(answer, context.feedMaxBytes);
      } catch (error) {
        const problem = feedProblem(error);
        if (problem === null) throw error;
        throw new AppError(422, "bad_request", `This address cannot be followed: ${problem}`, { url, problem });
      }
      const id = feedIdOf(url);
      const row = await db.write("followFeed", (tx) => upsertFeed(tx, { id, url, nextCheckAt: context.now().toISOString() }));
      const run = start(row, answer).catch(() => null);
      const check = await Promise.race([run, sleep(waitMs, null, { ref: false })]);
      return { feed: toFeed(await current(id)), check };
    },

    async importOpml(opml) {
      const { urls, problems } = readOpml(opml);
      if (urls.length === 0) throw new AppError(422, "bad_request", problems[0] ?? "the OPML names no feed", { problems });
      const now = context.now().toISOString();
      const added: Feed[] = [];
      for (const url of urls) added.push(toFeed(await db.write("followFeed", (tx) => upsertFeed(tx, { id: feedIdOf(url), url, nextCheckAt: now }))));
      return { added, problems };
    },

    remove: (id) => db.write("unfollowFeed", (tx) => deleteFeed(tx, id)),

    async check(id) {
      const check = await start(await current(id));
      return { feed: toFeed(await current(id)), check };
    },

    async checkDue() {
      const due = await db.read("dueFeeds", (tx) => findDueFeeds(tx, context.now().toISOString(), DUE_PER_TICK));
      let checked = 0;
      for (const id of due) {
        if (stopped) break;
        const row = await db.read("feed", (tx) => findFeed(tx, id));
        if (!row) continue;
        await start(row).catch(() => undefined);
        checked += 1;
      }
      return checked;
    },

    async stop() {
      stopped = true;
      await Promise.allSettled([...running.values()]);
    },
  };
}
