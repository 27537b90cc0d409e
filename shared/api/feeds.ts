import { z } from "zod";
import { limits } from "../limits";
import { defineContract } from "./contract";

/** Stable hash of a followed feed's URL. */
export const FeedId = z.string().regex(/^[a-f0-9]{16}$/, "not a feed id").brand<"FeedId">();
export type FeedId = z.infer<typeof FeedId>;

export const FeedUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).max(limits.url);

/** A followed podcast (or any RSS/Atom feed) and how its polling stands. */
export const Feed = z
  .object({
    id: FeedId,
    url: z.string(),
    title: z.string().nullable(),
    lastCheckedAt: z.string().nullable(),
    /** What went wrong at the last check, in words; null when it went well. */
    lastError: z.string().nullable(),
    /** Checks that failed in a row; each one doubles the wait before the next. */
    failures: z.number().int(),
    /** Episodes ingested from it. */
    episodes: z.number().int(),
    nextCheckAt: z.string().nullable(),
    /** A check is running now. */
    checking: z.boolean(),
  })
  .readonly();
export type Feed = z.infer<typeof Feed>;

/** What one check did: `unchanged` when the server answered 304 or listed no new episode. */
export const FeedCheck = z
  .object({
    status: z.enum(["ingested", "unchanged", "failed"]),
    newEpisodes: z.number().int(),
    sources: z.array(z.object({ id: z.string(), title: z.string(), insights: z.number().int(), textFrom: z.string() })).readonly(),
    /** Episodes left out or read in part, each with its reason; for `failed`, why the check failed. */
    problems: z.array(z.string()).readonly(),
  })
  .readonly();
export type FeedCheck = z.infer<typeof FeedCheck>;

export const FeedWithCheck = z.object({ feed: Feed, check: FeedCheck.nullable() }).readonly();

export const ListFeeds = defineContract({ method: "GET", path: "/api/feeds", response: z.object({ feeds: z.array(Feed).readonly() }).readonly() });

/** Follows a feed: it is fetched and read at once (a URL that is not a feed is refused), then polled. */
export const CreateFeed = defineContract({
  method: "POST",
  path: "/api/feeds",
  body: z.object({ url: FeedUrl }).strict(),
  response: FeedWithCheck,
  status: 201,
});

const feedParams = z.object({ id: FeedId });

export const DeleteFeed = defineContract({ method: "DELETE", path: "/api/feeds/:id", params: feedParams, response: z.object({ deleted: FeedId }) });

export const CheckFeed = defineContract({ method: "POST", path: "/api/feeds/:id/check", params: feedParams, response: FeedWithCheck });

/** An OPML file's outlines (`xmlUrl`) followed at once; each is checked by the schedule soon after. */
export const ImportOpml = defineContract({
  method: "POST",
  path: "/api/feeds/opml",
  body: z.object({ opml: z.string().min(1).max(1_000_000) }).strict(),
  response: z.object({ added: z.array(Feed).readonly(), problems: z.array(z.string()).readonly() }).readonly(),
  status: 201,
});
