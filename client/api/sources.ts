import { DeleteInsight, DeleteSource, GetSource, GetStatus, ListSources, ReingestSource, RemoveSample, type SourceSort } from "@shared/api";
import type { InsightId, SourceId } from "@shared/ids";
import { request } from "./request";

/** Typed calls of the Sources page. */

export const fetchSources = (q: string, sort: SourceSort, signal?: AbortSignal) =>
  request(ListSources, { query: { ...(q && { q }), sort, limit: 500 }, signal });

export const fetchSource = (id: SourceId, signal?: AbortSignal) => request(GetSource, { params: { id }, ...(signal && { signal }) });

export const deleteSource = (id: SourceId) => request(DeleteSource, { params: { id } });

export const deleteInsight = (id: InsightId) => request(DeleteInsight, { params: { id } });

export const removeSample = () => request(RemoveSample, {});

export const reingestSource = (id: SourceId) => request(ReingestSource, { params: { id } });

/** The queue's progress on these sources' insights (the "enriched" step of an ingest). */
export const fetchSourceEnrichment = (ids: readonly SourceId[], signal?: AbortSignal) => request(GetStatus, { query: { source: [...ids] }, ...(signal && { signal }) });
