import type { RelatedFiltered, RelatedFilterQuery } from "@shared/api/relatedFilters";
import { limits } from "@shared/limits";
import type { InsightId } from "@shared/ids";
import type { RelatedInsight } from "@shared/schemas/entities";
import type { Database } from "../db";
import { findProvenance } from "../repositories/relatedProvenance";
import { applyRelatedFilters, hasFilters } from "./applyFilters";

/** With a filter on, read this many times the asked-for length (bounded), so enough survive it. */
const READ_FACTOR = 5;

/** How many related insights to read for a list of `limit` after these filters. */
export const readDepth = (limit: number, filters: RelatedFilterQuery) =>
  hasFilters(filters) ? Math.min(limits.related.max, Math.max(limit * READ_FACTOR, 50)) : limit;

/**
 * Applies the reader's filters to a related list as read (whatever read produced it), with one
 * more query for the provenance of the insight and its candidates. Without filters: the list as is.
 */
export async function filterRelated(
  db: Database,
  id: InsightId,
  related: readonly RelatedInsight[],
  filters: RelatedFilterQuery,
  limit: number,
): Promise<{ related: RelatedInsight[]; filtered?: RelatedFiltered }> {
  if (!hasFilters(filters)) return { related: related.slice(0, limit) };
  const needsProvenance = filters.otherShows || filters.otherSpeakers || filters.excludeSource;
  const rows = needsProvenance ? await db.read("relatedProvenance", (tx) => findProvenance(tx, [id, ...related.map((item) => item.id)])) : [];
  const provenance = new Map(rows.map((row) => [row.id as string, row]));
  return applyRelatedFilters(related, provenance.get(id) ?? { sources: [], shows: [], speakers: [] }, provenance, filters, limit);
}
