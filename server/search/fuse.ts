/**
 * Reciprocal rank fusion: each list gives an item 1 / (k + rank), summed over the lists it is in.
 * Full-text scores (Lucene) and cosines are on different scales; ranks are not, so neither list
 * needs calibrating and an item found by both rises. k = 60 is the usual constant (Cormack et al. 2009).
 */
export function fuseRankings<T extends { readonly id: string }>(lists: readonly (readonly T[])[], k = 60): (T & { fused: number })[] {
  const fused = new Map<string, { item: T; fused: number }>();
  for (const list of lists) {
    list.forEach((item, rank) => {
      const entry = fused.get(item.id) ?? { item, fused: 0 };
      entry.fused += 1 / (k + rank + 1);
      fused.set(item.id, entry);
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.fused - a.fused || a.item.id.localeCompare(b.item.id))
    .map(({ item, fused: score }) => ({ ...item, fused: score }));
}
