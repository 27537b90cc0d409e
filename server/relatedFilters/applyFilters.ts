import type { RelatedFiltered, RelatedFilterQuery } from "@shared/api/relatedFilters";
import { countOf } from "@shared/format";
import type { RelatedInsight } from "@shared/schemas/entities";

export interface Provenance {
  readonly sources: readonly string[];
  readonly shows: readonly string[];
  readonly speakers: readonly string[];
}

type FilterName = keyof RelatedFiltered["hidden"];

const none: Provenance = { sources: [], shows: [], speakers: [] };
/** "Lex Fridman" and "lex fridman " are one speaker or show. */
const key = (name: string) => name.trim().toLowerCase();
const overlaps = (a: readonly string[], b: readonly string[]) => {
  const mine = new Set(a.map(key));
  return b.some((name) => mine.has(key(name)));
};

export const hasFilters = (filters: RelatedFilterQuery) =>
  filters.minScore !== undefined || filters.otherShows === true || filters.otherSpeakers === true || filters.excludeSource === true;

/**
 * A related list narrowed by the reader's filters, keeping its order, at most `limit` long; each
 * hidden insight is counted under the first filter that hid it, so the sentence can say why.
 */
export function applyRelatedFilters(
  related: readonly RelatedInsight[],
  anchor: Provenance,
  provenance: ReadonlyMap<string, Provenance>,
  filters: RelatedFilterQuery,
  limit: number,
): { related: RelatedInsight[]; filtered: RelatedFiltered } {
  const hidden: Record<FilterName, number> = { minScore: 0, otherShows: 0, otherSpeakers: 0, excludeSource: 0 };
  const kept: RelatedInsight[] = [];
  for (const item of related) {
    const other = provenance.get(item.id) ?? none;
    const why = whyHidden(item, anchor, other, filters);
    if (why) hidden[why] += 1;
    else kept.push(item);
  }
  const filtered = { read: related.length, hidden, message: kept.length === 0 && related.length > 0 ? allHiddenMessage(related.length, hidden, filters) : null };
  return { related: kept.slice(0, limit), filtered };
}

function whyHidden(item: RelatedInsight, anchor: Provenance, other: Provenance, filters: RelatedFilterQuery): FilterName | null {
  if (filters.minScore !== undefined && item.score < filters.minScore) return "minScore";
  if (filters.excludeSource && overlaps(anchor.sources, other.sources)) return "excludeSource";
  if (filters.otherShows && overlaps(anchor.shows, other.shows)) return "otherShows";
  if (filters.otherSpeakers && overlaps(anchor.speakers, other.speakers)) return "otherSpeakers";
  return null;
}


/** "The filters hide all 7 related insights: 4 score below 0.5, 3 come from the same show." */
export function allHiddenMessage(read: number, hidden: Readonly<Record<FilterName, number>>, filters: RelatedFilterQuery): string {
  const reasons = [
    hidden.minScore > 0 ? `${countOf(hidden.minScore, "scores", "score")} below ${filters.minScore}` : null,
    hidden.excludeSource > 0 ? `${countOf(hidden.excludeSource, "comes", "come")} from the same source` : null,
    hidden.otherShows > 0 ? `${countOf(hidden.otherShows, "comes", "come")} from the same show` : null,
    hidden.otherSpeakers > 0 ? `${countOf(hidden.otherSpeakers, "is", "are")} said by the same speaker` : null,
  ].filter((reason): reason is string => reason !== null);
  return `The filters hide all ${countOf(read, "related insight", "related insights")}: ${reasons.join(", ")}. Loosen a filter to see them.`;
}
