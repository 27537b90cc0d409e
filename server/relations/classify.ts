import type { RelationKind } from "@shared/schemas/entities";
import type { Valence } from "./valence";

/** What the classifier knows of one related pair. */
export interface PairEvidence {
  /** Embedding cosine of the two claims. */
  readonly cosine: number;
  /** Cosine of the two claims' leftovers once their shared neighbourhood is taken away (stance.ts); null when unknown. */
  readonly leaning: number | null;
  readonly a: Valence;
  readonly b: Valence;
}

export interface Labelled {
  readonly relation: RelationKind;
  /** The share of pairs labelled alike that were right on labelled data (see the thresholds). */
  readonly confidence: number;
  readonly reason: string;
}

/**
 * Thresholds, tuned on the PERSPECTRUM dev part only (`npm run eval:relations`); the figures
 * are measured on related pairs of one debate, through the product's real path.
 */
export const THRESHOLDS = {
  /** Near-identical meaning that near-duplicate merging left apart (it merges on wording). */
  same: 0.95,
  /** Leftovers pointing this much the same way: the same point, so the same side. */
  supports: 0.1,
  /** Opposite judgements and leftovers pointing apart: opposite sides. */
  contradicts: -0.1,
} as const;

/**
 * Labels a related pair only when the evidence is strong; otherwise null, and the pair stays
 * plainly "related". A label adds to the pair: it never hides either claim.
 */
export function classifyPair(pair: PairEvidence): Labelled | null {
  const opposed = pair.a.score * pair.b.score < 0;
  if (pair.cosine >= THRESHOLDS.same && !opposed && pair.a.negated === pair.b.negated) {
    return { relation: "same", confidence: 0.9, reason: "the same claim in other words" };
  }
  if (pair.leaning === null) return null;
  if (opposed && pair.leaning <= THRESHOLDS.contradicts) {
    const confidence = pair.leaning <= -0.2 ? 0.61 : 0.58;
    return { relation: "contradicts", confidence, reason: `judges it the other way: ${quoteWords(pair.a)} vs ${quoteWords(pair.b)}` };
  }
  if (!opposed && pair.leaning >= THRESHOLDS.supports) {
    const confidence = pair.leaning >= 0.33 ? 0.97 : pair.leaning >= 0.2 ? 0.95 : 0.93;
    return { relation: "supports", confidence, reason: "makes the same point" };
  }
  return null;
}

const quoteWords = (v: Valence) => v.words.slice(0, 2).map((w) => `"${w}"`).join(", ");
