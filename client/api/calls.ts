import { CreateSource, GetInsight, GetInsightGraph, GetRelated, GetStatus, GetTopic, GetTopicGraph, GetTopicLink, Search } from "@shared/api";
import type { Body, Query } from "@shared/api";
import type { InsightId, TopicSlug } from "@shared/ids";
import { request } from "./request";

/** Typed calls the scenes use; each is one `request` with its contract. */

/** A topic needs this many insights to earn a place on the map (pinned ones always have one). */
export const MAP_MIN_INSIGHTS = 2;

export const fetchTopicGraph = (limit: number, signal?: AbortSignal) =>
  request(GetTopicGraph, { query: { limit, minInsights: MAP_MIN_INSIGHTS }, signal });

export const fetchTopic = (slug: TopicSlug, signal?: AbortSignal) =>
  request(GetTopic, { params: { slug }, query: { limit: 100 }, signal });

/** A topic's insights in one order: best fit, or most evidence (sources, shows, speakers) first. */
export const fetchTopicInsights = (slug: TopicSlug, sort: "fit" | "evidence", limit: number, signal?: AbortSignal) =>
  request(GetTopic, { params: { slug }, query: { limit, sort }, signal }).then((page) => page.insights);

/** One page of a theme's insights as a graph (nodes and their related links). */
export const fetchThemePage = (topic: TopicSlug, offset: number, limit: number, signal?: AbortSignal) =>
  request(GetInsightGraph, { query: { topic, offset, limit }, signal });

export const fetchInsight = (id: InsightId, signal?: AbortSignal) =>
  request(GetInsight, { params: { id }, signal });

/** `filters` are the reader's related filters the server applies (see client/relatedFilters). */
export const fetchRelatedInsights = (id: InsightId, signal?: AbortSignal, filters: Omit<Query<typeof GetRelated>, "limit" | "explain"> = {}) =>
  request(GetRelated, { params: { id }, query: { limit: 10, ...filters }, signal });

export const searchEverything = (q: string, limit: number, offset: number, signal?: AbortSignal) =>
  request(Search, { query: { q, limit, offset }, signal });

export const ingestText = (body: Body<typeof CreateSource>, signal?: AbortSignal) => request(CreateSource, { body, signal });

/** The insights two linked topics share: why the map draws a line between them. */
export const fetchTopicLink = (slug: TopicSlug, other: TopicSlug, signal?: AbortSignal) =>
  request(GetTopicLink, { params: { slug, other }, query: { limit: 20 }, signal });

/** The enrichment queue: how many new insights wait for their related lists, and for how long. */
export const fetchStatus = (signal?: AbortSignal) => request(GetStatus, { signal });
