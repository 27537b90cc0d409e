import type { Embedding } from "../../server/embeddings";
import { type Leftovers, leaningOf, leftoversOf } from "../../server/relations/stance";
import { type Valence, valenceOf } from "../../server/relations/valence";
import type { LabelledClaim } from "../eval/related/publicSet";
import { pairSplit, pairTruth, type PairTruth } from "../eval/relations/pairs";

/** Related insights per claim, as the labeller reads a pair's neighbourhood (labelRelations.ts). */
const NEIGHBOURS = 10;

/** One text of the set: a claim filed under several debates is one insight, as the product merges it. */
export interface TrainingClaim {
  readonly text: string;
  readonly claims: readonly LabelledClaim[];
  readonly vector: Embedding;
  readonly valence: Valence;
}

/** A pair the product would relate, with what the labeller would read of it and the set's truth. */
export interface TrainingPair {
  readonly truth: PairTruth;
  /** The split of the debate that decides the truth (of every claim, for pairs of other debates); null when mixed. */
  readonly split: string | null;
  readonly cosine: number;
  readonly leaning: number;
  readonly a: Valence;
  readonly b: Valence;
  readonly leftovers: Leftovers;
}

/** Claims of one text together, each text once, in the set's order. */
export function claimsByText(claims: readonly LabelledClaim[]): Map<string, LabelledClaim[]> {
  const byText = new Map<string, LabelledClaim[]>();
  for (const claim of claims) byText.set(claim.text, [...(byText.get(claim.text) ?? []), claim]);
  return byText;
}

/**
 * The pairs served related lists would hold: each claim's nearest claims by cosine over the whole
 * file (other debates are the distractors), each unordered pair once, read from the claim whose
 * list holds it first. The neighbourhood a pair's leftovers are read against is both claims'
 * nearest, as the labeller reads the served lists.
 */
export function relatedPairs(texts: readonly TrainingClaim[]): TrainingPair[] {
  const unit = texts.map((t) => normalise(t.vector));
  const nearest = unit.map((v, i) => nearestTo(v, i, unit));
  const seen = new Set<string>();
  const pairs: TrainingPair[] = [];
  nearest.forEach((list, i) => {
    for (const j of list) {
      const key = i < j ? `${i} ${j}` : `${j} ${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const around = [...new Set([...list, ...nearest[j]!])].filter((k) => k !== i && k !== j);
      const leftovers = leftoversOf(unit[i]!, unit[j]!, around.map((k) => unit[k]!));
      if (!leftovers) continue;
      const [a, b] = [texts[i]!, texts[j]!];
      pairs.push({
        truth: pairTruth(a.claims, b.claims),
        split: pairSplit(a.claims, b.claims),
        cosine: dot(unit[i]!, unit[j]!),
        leaning: leaningOf(leftovers),
        a: a.valence,
        b: b.valence,
        leftovers,
      });
    }
  });
  return pairs;
}

export const trainingClaim = (text: string, claims: readonly LabelledClaim[], vector: Embedding): TrainingClaim => ({
  text,
  claims,
  vector,
  valence: valenceOf(text),
});

function nearestTo(v: Embedding, self: number, all: readonly Embedding[]): number[] {
  const best: { at: number; cosine: number }[] = [];
  all.forEach((other, at) => {
    if (at === self) return;
    const cosine = dot(v, other);
    if (best.length === NEIGHBOURS && cosine <= best[NEIGHBOURS - 1]!.cosine) return;
    best.push({ at, cosine });
    best.sort((x, y) => y.cosine - x.cosine);
    if (best.length > NEIGHBOURS) best.pop();
  });
  return best.map((b) => b.at);
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

function normalise(v: Embedding): number[] {
  const size = Math.sqrt(dot(v, v)) || 1;
  return v.map((x) => x / size);
}
