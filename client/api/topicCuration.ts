import { GetTopicDecisions, MergeTopic, SplitTopic, UndoTopicDecision, UpdateTopic } from "@shared/api";
import type { InsightId, TopicSlug } from "@shared/ids";
import { request } from "./request";

/** Typed calls of the topic page's curation controls. */

export const updateTopic = (slug: TopicSlug, change: { name?: string; pinned?: boolean; hidden?: boolean }) =>
  request(UpdateTopic, { params: { slug }, body: change });

export const mergeTopic = (slug: TopicSlug, into: TopicSlug) => request(MergeTopic, { params: { slug }, body: { into } });

export const splitTopic = (slug: TopicSlug, name: string, insights: readonly InsightId[]) =>
  request(SplitTopic, { params: { slug }, body: { name, insights: [...insights] } });

export const fetchTopicDecisions = (slug: TopicSlug, signal?: AbortSignal) => request(GetTopicDecisions, { params: { slug }, signal });

export const undoTopicDecision = (id: string) => request(UndoTopicDecision, { params: { id } });
