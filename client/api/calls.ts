import { GetInsight, GetRelated, GetTopic, GetTopicGraph } from "@shared/api";
import type { InsightId, TopicSlug } from "@shared/ids";
import { request } from "./request";

/** Typed calls the scenes use; each is one `request` with its contract. */

export const fetchTopicGraph = (signal?: AbortSignal) =>
  request(GetTopicGraph, { query: { limit: 150 }, signal });

export const fetchTopic = (slug: TopicSlug, signal?: AbortSignal) =>
  request(GetTopic, { params: { slug }, query: { limit: 100 }, signal });

export const fetchInsight = (id: InsightId, signal?: AbortSignal) =>
  request(GetInsight, { params: { id }, signal });

export const fetchRelatedInsights = (id: InsightId, signal?: AbortSignal) =>
  request(GetRelated, { params: { id }, query: { limit: 10 }, signal });
