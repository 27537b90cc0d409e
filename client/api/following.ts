import { CheckFeed, CreateFeed, DeleteFeed, ImportOpml, ListBriefs, ListFeeds, SendBrief } from "@shared/api";
import type { FeedId } from "@shared/api";
import { request } from "./request";

/** Typed calls of the Feeds and Brief pages. */

export const fetchFeeds = (signal?: AbortSignal) => request(ListFeeds, { signal });
export const followFeed = (url: string) => request(CreateFeed, { body: { url } });
export const importOpml = (opml: string) => request(ImportOpml, { body: { opml } });
export const checkFeedNow = (id: FeedId) => request(CheckFeed, { params: { id } });
export const unfollowFeed = (id: FeedId) => request(DeleteFeed, { params: { id } });

export const fetchBriefs = (signal?: AbortSignal) => request(ListBriefs, { query: { limit: 30 }, signal });
export const sendBriefNow = () => request(SendBrief, {});
