import type { Embedding } from "../embeddings/embedder";

/** Two claims' leftovers once their shared neighbourhood is taken away, each of length 1. */
export interface Leftovers {
  readonly a: readonly number[];
  readonly b: readonly number[];
}

/**
 * What is particular to each of two claims within the debate they share. The shared neighbourhood
 * (both claims and their related insights) stands for the debate; its centroid is what every claim
 * there has in common, so what is left of each claim once the centroid is taken away is the
 * particular point it makes.
 *
 * Null when a vector is missing or the neighbourhood is too small to stand for a debate.
 */
export function leftoversOf(a: Embedding, b: Embedding, neighbourhood: readonly Embedding[]): Leftovers | null {
  const members = [a, b, ...neighbourhood];
  // Two claims and one neighbour would make a centroid that is mostly the pair itself.
  if (members.length < MIN_NEIGHBOURHOOD + 2) return null;
  const width = a.length;
  if (b.length !== width || members.some((m) => m.length !== width)) return null;
  const centroid = new Array<number>(width).fill(0);
  for (const member of members) {
    const norm = length(member) || 1;
    for (let i = 0; i < width; i += 1) centroid[i]! += member[i]! / norm / members.length;
  }
  const leftover = (v: Embedding) => {
    const norm = length(v) || 1;
    const left = v.map((x, i) => x / norm - centroid[i]!);
    const size = length(left);
    return size === 0 ? null : left.map((x) => x / size);
  };
  const [la, lb] = [leftover(a), leftover(b)];
  return la && lb ? { a: la, b: lb } : null;
}

/**
 * How far two claims lean the same way within the debate they share: the cosine of their
 * leftovers (above), -1..1. Leftovers pointing the same way make the same point; leftovers
 * pointing apart make different points, often from opposite sides.
 */
export function leaningOf(left: Leftovers): number {
  // Both leftovers are of length 1, so their dot product is their cosine.
  return left.a.reduce((sum, x, i) => sum + x * left.b[i]!, 0);
}

/** Fewest related insights around a pair for its centroid to stand for a debate. */
export const MIN_NEIGHBOURHOOD = 4;

function length(v: Embedding): number {
  return Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
}
