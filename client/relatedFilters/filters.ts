import type { RelatedInsight } from "@shared/schemas/entities";

/** The reader's filters on a related list, as the insight page's URL keeps them. */
export interface RelatedFilters {
  readonly minScore: number | null;
  readonly otherShows: boolean;
  readonly otherSpeakers: boolean;
  readonly excludeSource: boolean;
  /** Not on the trail that led here: the explorer knows it, the server does not. */
  readonly unseen: boolean;
}

export const noFilters: RelatedFilters = { minScore: null, otherShows: false, otherSpeakers: false, excludeSource: false, unseen: false };

export const minScoreChoices = [0.3, 0.5, 0.7] as const;

const flags = ["otherShows", "otherSpeakers", "excludeSource", "unseen"] as const;

/** Reads the filters from `?minScore=0.5&otherShows=1…`; anything unreadable is off. */
export function filtersFromSearch(search: URLSearchParams): RelatedFilters {
  const score = Number(search.get("minScore"));
  const minScore = search.has("minScore") && Number.isFinite(score) && score > 0 && score <= 1 ? score : null;
  const on = (name: string) => search.get(name) === "1";
  return { minScore, otherShows: on("otherShows"), otherSpeakers: on("otherSpeakers"), excludeSource: on("excludeSource"), unseen: on("unseen") };
}

/** Writes the filters into a copy of the page's search, leaving its other parameters alone. */
export function searchWithFilters(search: URLSearchParams, filters: RelatedFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  if (filters.minScore === null) next.delete("minScore");
  else next.set("minScore", String(filters.minScore));
  for (const name of flags) {
    if (filters[name]) next.set(name, "1");
    else next.delete(name);
  }
  return next;
}

/** The part the API applies, as GET /api/insights/:id/related query parameters. */
export function serverQuery(filters: RelatedFilters): { minScore?: number; otherShows?: "1"; otherSpeakers?: "1"; excludeSource?: "1" } {
  return {
    ...(filters.minScore !== null && { minScore: filters.minScore }),
    ...(filters.otherShows && { otherShows: "1" as const }),
    ...(filters.otherSpeakers && { otherSpeakers: "1" as const }),
    ...(filters.excludeSource && { excludeSource: "1" as const }),
  };
}

export const anyFilter = (filters: RelatedFilters) => filters.minScore !== null || flags.some((name) => filters[name]);

/**
 * The "not yet seen" filter over what the server sent, and the sentence to show when the filters
 * left nothing (the server's own sentence when it hid everything, else ours).
 */
export function applyUnseen(
  related: readonly RelatedInsight[],
  filters: RelatedFilters,
  seen: ReadonlySet<string>,
  serverMessage: string | null,
): { related: readonly RelatedInsight[]; message: string | null } {
  if (serverMessage) return { related: [], message: serverMessage };
  if (!filters.unseen) return { related, message: null };
  const kept = related.filter((item) => !seen.has(item.id));
  const hidden = related.length - kept.length;
  const message =
    kept.length === 0 && hidden > 0
      ? `You have seen all ${hidden === 1 ? "1 related insight" : `${hidden} related insights`} on this trail already. Turn off "not yet seen" to show ${hidden === 1 ? "it" : "them"}.`
      : null;
  return { related: kept, message };
}
