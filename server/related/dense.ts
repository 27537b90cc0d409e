/** Dense vectors (embeddings), scaled to length 1 once so a cosine is a plain dot product. */
export type UnitVector = Float64Array;

/** The vector scaled to length 1, or null when it has no direction (all zeros). */
export function unit(vector: readonly number[]): UnitVector | null {
  let sum = 0;
  for (const value of vector) sum += value * value;
  if (sum === 0) return null;
  const norm = Math.sqrt(sum);
  // A plain loop: Float64Array.from with a mapping function took a tenth of a related batch's Node time.
  const scaled = new Float64Array(vector.length);
  for (let i = 0; i < vector.length; i += 1) scaled[i] = vector[i]! / norm;
  return scaled;
}

/** Cosine of two unit vectors; null when they are of different widths (two models' vectors do not compare). */
export function unitCosine(a: UnitVector, b: UnitVector): number | null {
  if (a.length !== b.length) return null;
  let dot = 0;
  for (let i = 0; i < a.length; i += 1) dot += a[i]! * b[i]!;
  return dot;
}

/**
 * For each vector, the ids of the `k` others nearest to it by cosine, nearest first (ties by id).
 * Brute force over a batch, n² / 2 dot products; each pair is offered to both ends' top-k lists,
 * which most pairs miss at a glance (below the list's k-th), so little is sorted or allocated.
 */
export function nearestAmong<Id extends string>(vectors: ReadonlyMap<Id, readonly number[]>, k: number): Map<Id, Id[]> {
  const units = [...vectors].flatMap(([id, vector]) => {
    const u = unit(vector);
    return u ? [{ id, u }] : [];
  });
  const best = units.map(() => new TopK<Id>(k));
  for (let i = 0; i < units.length; i += 1) {
    const a = units[i]!.u;
    for (let j = i + 1; j < units.length; j += 1) {
      const b = units[j]!.u;
      if (a.length !== b.length) continue;
      // The hot loop of a large batch: four sums side by side let the engine pipeline them.
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let d = 0;
      for (; d + 3 < a.length; d += 4) {
        s0 += a[d]! * b[d]!;
        s1 += a[d + 1]! * b[d + 1]!;
        s2 += a[d + 2]! * b[d + 2]!;
        s3 += a[d + 3]! * b[d + 3]!;
      }
      for (; d < a.length; d += 1) s0 += a[d]! * b[d]!;
      const cosine = s0 + s1 + s2 + s3;
      best[i]!.offer(units[j]!.id, cosine);
      best[j]!.offer(units[i]!.id, cosine);
    }
  }
  return new Map(units.map(({ id }, i) => [id, best[i]!.ids()]));
}

/** The k best offers so far, kept sorted (best first, ties by id). */
class TopK<Id extends string> {
  private readonly kept: { id: Id; score: number }[] = [];
  constructor(private readonly k: number) {}

  offer(id: Id, score: number): void {
    const worst = this.kept[this.k - 1];
    if (this.k === 0 || (worst && !before(id, score, worst))) return;
    let at = this.kept.length;
    while (at > 0 && before(id, score, this.kept[at - 1]!)) at -= 1;
    this.kept.splice(at, 0, { id, score });
    if (this.kept.length > this.k) this.kept.pop();
  }

  ids(): Id[] {
    return this.kept.map((entry) => entry.id);
  }
}

const before = (id: string, score: number, other: { id: string; score: number }) => score > other.score || (score === other.score && id < other.id);
