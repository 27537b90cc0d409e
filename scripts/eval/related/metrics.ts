/** Related lists judged against human themes: an item is relevant when it shares the anchor's theme. */
export interface Judged {
  readonly anchor: string;
  /** The related list, best first. */
  readonly ranked: readonly string[];
}

export interface Scores {
  readonly precisionAt5: number;
  readonly recallAt10: number;
  /** Share of anchors with at least one related insight. */
  readonly coverage: number;
}

/**
 * Mean precision@5 (relevant among the first five, out of five: a short list is not rewarded) and
 * mean recall@10 (relevant among the first ten, out of everything else in the anchor's theme).
 */
export function score(lists: readonly Judged[], themeOf: ReadonlyMap<string, string>): Scores {
  const themeSize = new Map<string, number>();
  for (const theme of themeOf.values()) themeSize.set(theme, (themeSize.get(theme) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  let covered = 0;
  for (const { anchor, ranked } of lists) {
    const theme = themeOf.get(anchor);
    const relevant = (ids: readonly string[]) => ids.filter((id) => id !== anchor && themeOf.get(id) === theme).length;
    precision += relevant(ranked.slice(0, 5)) / 5;
    recall += relevant(ranked.slice(0, 10)) / Math.max(1, (themeSize.get(theme ?? "") ?? 1) - 1);
    if (ranked.length > 0) covered += 1;
  }
  const n = Math.max(1, lists.length);
  return { precisionAt5: precision / n, recallAt10: recall / n, coverage: covered / n };
}

/** The baseline a reader would try first: most shared topics first, ties by id. */
export function sharedTopicCountRanking(
  anchor: string,
  topicsOf: ReadonlyMap<string, readonly string[]>,
  k: number,
): string[] {
  const mine = new Set(topicsOf.get(anchor) ?? []);
  return [...topicsOf]
    .filter(([id]) => id !== anchor)
    .map(([id, topics]) => ({ id, shared: topics.filter((t) => mine.has(t)).length }))
    .filter((c) => c.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id))
    .slice(0, k)
    .map((c) => c.id);
}
