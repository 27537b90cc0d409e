import type { InsightId } from "@shared/ids";
import type { ItemRole } from "@shared/api/readingListDocument";
import type { RelationKind } from "@shared/schemas/entities";
import { pairKey } from "./strength";

export interface Arguable {
  readonly id: InsightId;
  readonly text: string;
  readonly strength: number;
}

export interface Placed<T> {
  readonly item: T;
  readonly role: ItemRole;
  readonly respondsTo: InsightId | null;
  /** The labelled relation to the item responded to, when there is one. */
  readonly relation?: RelationKind;
}

/**
 * Words that mark a claim as pushing back on what came before. A cue-word heuristic: it finds
 * "However, …" and "… but …", not every disagreement.
 */
const CONTRAST = /\b(but|however|yet|although|though|whereas|instead|unlike|in contrast|on the other hand|contrary|despite|nevertheless|nonetheless|overstated|overrated|myth)\b/i;

export const soundsLikeContrast = (text: string) => CONTRAST.test(text);

/**
 * Orders a section so it reads as an argument. The strongest claim opens; every other claim hangs
 * off the placed claim it is most related to (a maximum spanning tree over RELATED_TO, grown from
 * the strongest claim), and the tree is read depth first: a claim, then what extends it, then what
 * contrasts it. Claims related to nothing in the section follow, strongest first.
 * A pair with a typed relation (`relations`) is placed by it: `contradicts` contrasts, any other
 * relation extends; the cue words decide only for unlabelled pairs.
 */
export function orderAsArgument<T extends Arguable>(
  items: readonly T[],
  pairs: ReadonlyMap<string, number>,
  relations: ReadonlyMap<string, RelationKind> = new Map(),
): Placed<T>[] {
  const byStrength = [...items].sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id));
  const remaining = new Set(byStrength);
  const children = new Map<InsightId, { item: T; score: number }[]>();
  const roots: T[] = [];
  while (remaining.size > 0) {
    const root = first(remaining);
    remaining.delete(root);
    roots.push(root);
    const tree = [root];
    for (;;) {
      const next = strongestLink(tree, remaining, pairs);
      if (!next) break;
      remaining.delete(next.item);
      tree.push(next.item);
      children.set(next.parent.id, [...(children.get(next.parent.id) ?? []), { item: next.item, score: next.score }]);
    }
  }

  const relationTo = (item: T, parent: T) => relations.get(pairKey(item.id, parent.id));
  const contrasts = (item: T, parent: T) => {
    const relation = relationTo(item, parent);
    return relation ? relation === "contradicts" : soundsLikeContrast(item.text);
  };
  const placed: Placed<T>[] = [];
  const visit = (item: T, parent: T | null) => {
    const role: ItemRole = parent ? (contrasts(item, parent) ? "contrasts" : "extends") : placed.length === 0 || children.has(item.id) ? "central" : "adds";
    const relation = parent ? relationTo(item, parent) : undefined;
    placed.push({ item, role, respondsTo: parent?.id ?? null, ...(relation ? { relation } : {}) });
    const kids = [...(children.get(item.id) ?? [])].sort(
      (a, b) => Number(contrasts(a.item, item)) - Number(contrasts(b.item, item)) || b.score - a.score,
    );
    for (const kid of kids) visit(kid.item, item);
  };
  // Trees with branches first, lone claims last; within each, the order they were rooted in.
  const ordered = [...roots.filter((root) => children.has(root.id)), ...roots.filter((root) => !children.has(root.id))];
  for (const root of ordered) visit(root, null);
  return placed;
}

function strongestLink<T extends Arguable>(tree: readonly T[], remaining: ReadonlySet<T>, pairs: ReadonlyMap<string, number>) {
  let best: { item: T; parent: T; score: number } | null = null;
  for (const candidate of remaining) {
    for (const placed of tree) {
      const score = pairs.get(pairKey(candidate.id, placed.id)) ?? 0;
      if (score > 0 && (!best || score > best.score)) best = { item: candidate, parent: placed, score };
    }
  }
  return best;
}

const first = <T>(set: ReadonlySet<T>): T => set.values().next().value as T;
