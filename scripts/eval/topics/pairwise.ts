/** How well topics tell labelled groups apart, counted over pairs of items. */
export interface PairwiseScores {
  /** Of the pairs that share a topic, the share from one group. */
  readonly precision: number;
  /** Of the pairs from one group, the share that share a topic. */
  readonly recall: number;
  readonly f1: number;
  /** Items with at least one topic. */
  readonly covered: number;
  /** Distinct topics over all items. */
  readonly topics: number;
}

/**
 * Pairwise precision, recall and F1 of "share a topic" against "same group" (one group per item),
 * as clustering is judged when clusters may overlap. Pairs are counted once however many topics
 * they share.
 */
export function pairwise(items: readonly { readonly group: string; readonly topics: readonly string[] }[]): PairwiseScores {
  const members = new Map<string, number[]>();
  items.forEach((item, i) => new Set(item.topics).forEach((t) => members.set(t, [...(members.get(t) ?? []), i])));
  const seen = new Set<number>();
  let sharing = 0;
  let right = 0;
  for (const list of members.values()) {
    for (let a = 0; a < list.length; a += 1) {
      for (let b = a + 1; b < list.length; b += 1) {
        const key = list[a]! * items.length + list[b]!;
        if (seen.has(key)) continue;
        seen.add(key);
        sharing += 1;
        if (items[list[a]!]!.group === items[list[b]!]!.group) right += 1;
      }
    }
  }
  const sizes = new Map<string, number>();
  for (const item of items) sizes.set(item.group, (sizes.get(item.group) ?? 0) + 1);
  let same = 0;
  for (const n of sizes.values()) same += (n * (n - 1)) / 2;
  const precision = sharing === 0 ? 0 : right / sharing;
  const recall = same === 0 ? 0 : right / same;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, covered: items.filter((i) => i.topics.length > 0).length, topics: members.size };
}
