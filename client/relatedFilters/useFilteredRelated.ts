import type { InsightId } from "@shared/ids";
import type { RelatedInsight } from "@shared/schemas/entities";
import { fetchRelatedInsights } from "../api/calls";
import { type RemoteWithRetry, useRemote } from "../components/useRemote";
import type { TrailStep } from "../graph/trail";
import { applyUnseen, type RelatedFilters, serverQuery } from "./filters";
import { useRelatedFilters } from "./useRelatedFilters";

export interface FilteredRelated {
  readonly filters: RelatedFilters;
  readonly setFilters: (filters: RelatedFilters) => void;
  readonly related: RemoteWithRetry<{ readonly related: readonly RelatedInsight[] }>;
  /** Why the list is empty when the filters emptied it. */
  readonly message: string | null;
}

/** An insight's related list under the reader's filters: the server applies its part, "not yet seen" is applied here. */
export function useFilteredRelated(id: InsightId, trail: readonly TrailStep[]): FilteredRelated {
  const [filters, setFilters] = useRelatedFilters();
  const query = serverQuery(filters);
  const remote = useRemote(`related:${id}:${JSON.stringify(query)}`, (signal) => fetchRelatedInsights(id, signal, query));
  if (remote.status !== "ready") return { filters, setFilters, related: remote, message: null };
  const seen = new Set<string>(trail.map((step) => step.id));
  const shown = applyUnseen(remote.data.related, filters, seen, remote.data.filtered?.message ?? null);
  return { filters, setFilters, related: { ...remote, data: { related: shown.related } }, message: shown.message };
}
