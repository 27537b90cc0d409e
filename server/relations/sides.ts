import { z } from "zod";
import stored from "./sides.weights.json";
import type { Leftovers } from "./stance";
import type { Valence } from "./valence";

/**
 * A learned reading of "these two related claims argue opposite sides": logistic regression over
 * what the labeller has for a pair (cosine, leaning, both claims' valence and negation) and the
 * elementwise product of the two claims' leftovers (stance.ts), so it learns which directions of
 * the meaning space carry a side rather than weighing them all alike as the leaning does.
 *
 * The weights (sides.weights.json) are made by `npm run train:relations` from the PERSPECTRUM
 * train split only (CogComp, CC BY-SA 4.0: the weights file is derived from it and keeps that
 * licence; Chen et al., NAACL 2019), with the regularisation and the strengths chosen on its dev
 * split; they fit one embedding model (`model`) and say nothing of another's vectors.
 */
const Weights = z.object({
  model: z.string(),
  width: z.number().int().positive(),
  bias: z.number(),
  /** One weight per scalar of `scalarsOf`, in its order. */
  scalars: z.array(z.number()),
  /** One weight per dimension of the leftovers' elementwise product. */
  leftovers: z.array(z.number()),
  /** Lowest odds for each strength, strongest first, with the precision (and recall) measured on the dev split at or above it. */
  strengths: z.array(z.object({ odds: z.number(), precision: z.number(), recall: z.number().optional() })).min(1),
});
export type SidesWeights = z.infer<typeof Weights>;

let checked: SidesWeights | undefined;
/** The shipped weights, checked on first use (the training script imports this module before it writes them). */
export const sidesWeights = (): SidesWeights =>
  (checked ??= Weights.refine((w) => w.leftovers.length === w.width && w.scalars.length === SCALARS, "one weight per feature").parse(stored));

const SCALARS = 6;

/** What the model reads of one pair besides the leftovers. */
export interface SidesEvidence {
  readonly cosine: number;
  readonly leaning: number;
  readonly a: Valence;
  readonly b: Valence;
}

/** The pair's scalars in the weights' order (the training script reads them through here too). */
export function scalarsOf(e: SidesEvidence): number[] {
  const judged = e.a.score * e.b.score;
  return [e.cosine, e.leaning, judged < 0 ? 1 : 0, judged > 0 ? 1 : 0, e.a.negated !== e.b.negated ? 1 : 0, e.a.negated && e.b.negated ? 1 : 0];
}

/**
 * The odds (0..1) that the two claims argue opposite sides, or null when the model cannot read
 * them: vectors of another model or width.
 */
export function oppositeSidesOdds(e: SidesEvidence, left: Leftovers, model: string | null, weights: SidesWeights = sidesWeights()): number | null {
  if (model !== weights.model || left.a.length !== weights.width || left.b.length !== weights.width) return null;
  let z = weights.bias;
  scalarsOf(e).forEach((x, i) => (z += x * weights.scalars[i]!));
  for (let i = 0; i < weights.width; i += 1) z += left.a[i]! * left.b[i]! * weights.leftovers[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The precision measured on the dev split at these odds, or null below the weakest strength kept. */
export function precisionAt(odds: number, weights: SidesWeights = sidesWeights()): number | null {
  return weights.strengths.find((s) => odds >= s.odds)?.precision ?? null;
}
