import { GetInsightEvidence, GetSpeaker, type SpeakerId } from "@shared/api/speakers";
import type { InsightId } from "@shared/ids";
import { request } from "./request";

/** Typed calls of the speaker page and the evidence line. */

export const fetchSpeaker = (id: SpeakerId, signal?: AbortSignal) => request(GetSpeaker, { params: { id }, query: { limit: 100 }, signal });

export const fetchInsightEvidence = (id: InsightId, signal?: AbortSignal) => request(GetInsightEvidence, { params: { id }, signal });
