/** Dense vectors (embeddings), scaled to length 1 once so a cosine is a plain dot product. */
export type UnitVector = Float64Array;

/** The vector scaled to length 1, or null when it has no direction (all zeros). */
export function unit(vector: readonly number[]): UnitVector | null {
  let sum = 0;
  for (const value of vector) sum += value * value;
  if (sum === 0) return null;
  const norm = Math.sqrt(sum);
  return Float64Array.from(vector, (value) => value / norm);
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
 * Brute force over a batch: n² / 2 dot products, fine for the thousand insights of a large ingest.
 */
export function nearestAmong<Id extends string>(vectors: ReadonlyMap<Id, readonly number[]>, k: number): Map<Id, Id[]> {
  const units = [...vectors].flatMap(([id, vector]) => {
    const u = unit(vector);
    return u ? [{ id, u }] : [];
  });
  const scores = units.map(() => [] as { id: Id; cosine: number }[]);
  for (let i = 0; i < units.length; i += 1) {
    for (let j = i + 1; j < units.length; j += 1) {
      const cosine = unitCosine(units[i]!.u, units[j]!.u);
      if (cosine === null) continue;
      scores[i]!.push({ id: units[j]!.id, cosine });
      scores[j]!.push({ id: units[i]!.id, cosine });
    }
  }
  return new Map(
    units.map(({ id }, i) => [
      id,
      scores[i]!.sort((x, y) => y.cosine - x.cosine || x.id.localeCompare(y.id)).slice(0, k).map((s) => s.id),
    ]),
  );
}
