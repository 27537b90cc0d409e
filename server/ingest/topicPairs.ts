import type { InsightId, TopicSlug } from "@shared/ids";
import type { TopicPair } from "../repositories/topicStats";

/**
 * The co-occurrences a batch adds: for each insight, the topic pairs that include a topic it did not
 * have before. Counting only what is new keeps CO_OCCURS exact without re-reading any topic's
 * insights, so the cost follows the batch, not the size of its topics. Sorted, so concurrent
 * writers lock the pairs in one order.
 */
export function addedTopicPairs(
  before: ReadonlyMap<InsightId, readonly TopicSlug[]>,
  about: readonly { readonly insightId: InsightId; readonly slug: TopicSlug }[],
): TopicPair[] {
  const after = new Map<InsightId, Set<TopicSlug>>();
  for (const row of about) after.set(row.insightId, (after.get(row.insightId) ?? new Set(before.get(row.insightId))).add(row.slug));
  const counts = new Map<string, number>();
  for (const [insightId, topics] of after) {
    const had = new Set(before.get(insightId));
    const slugs = [...topics].sort();
    slugs.forEach((a, i) => {
      for (const b of slugs.slice(i + 1)) {
        if (had.has(a) && had.has(b)) continue;
        const key = `${a}\n${b}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    });
  }
  return [...counts]
    .map(([key, by]) => {
      const [a, b] = key.split("\n") as [TopicSlug, TopicSlug];
      return { a, b, by };
    })
    .sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
