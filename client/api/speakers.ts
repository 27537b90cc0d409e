import { GetCruxes, GetInsightEvidence, GetSpeaker, type SpeakerId } from "@shared/api/speakers";
import type { InsightId, TopicSlug } from "@shared/ids";
import { request } from "./request";

/** Typed calls of the speaker page and the evidence line. */

export const fetchSpeaker = (id: SpeakerId, signal?: AbortSignal) => request(GetSpeaker, { params: { id }, query: { limit: 100 }, signal });

export const fetchInsightEvidence = (id: InsightId, signal?: AbortSignal) => request(GetInsightEvidence, { params: { id }, signal });

export const fetchCruxes = (slug: TopicSlug, signal?: AbortSignal) => request(GetCruxes, { params: { slug }, signal });
