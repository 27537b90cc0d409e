import type { RelationKind } from "@shared/schemas/entities";
import type { Extension } from "./extension";
import { precisionAt } from "./sides";
import type { Valence } from "./valence";

/** What the classifier knows of one related pair. */
export interface PairEvidence {
  /** Embedding cosine of the two claims. */
  readonly cosine: number;
  /** Cosine of the two claims' leftovers once their shared neighbourhood is taken away (stance.ts); null when unknown. */
  readonly leaning: number | null;
  readonly a: Valence;
  readonly b: Valence;
  /** How far `b` (the listed claim) builds on `a` (the claim whose list it is in), by wording; absent when unknown. */
  readonly extension?: Extension;
  /**
   * The learned odds (sides.ts) that the two argue opposite sides; absent or null when the model
   * cannot read the pair (vectors of another embedding model), and the rule below decides.
   */
  readonly oppositeSides?: number | null;
}

export interface Labelled {
  readonly relation: RelationKind;
  /** The share of pairs labelled alike that were right on labelled data (see the thresholds). */
  readonly confidence: number;
  readonly reason: string;
}

/**
 * Thresholds, chosen on the PERSPECTRUM dev part only (`npm run eval:relations -- --dataset
 * ../shared/eval-data/perspectrum.dev.json`, 2026-12-02): 9,033 claims through the real path,
 * 43,817 served related pairs, 21,833 of them within one debate (7,110 on opposite sides). The
 * figures are precision and recall among served pairs of one debate, from the sweep over the final
 * graph. As served (labelled at ingest): supports 0.867 / 0.351, contradicts 0.611 / 0.052, same
 * 0.985 / 0.014; the cue-word baseline: contradicts 0.384 / 0.041, supports 0.676 / 0.968.
 */
export const THRESHOLDS = {
  /** Near-identical meaning that near-duplicate merging left apart (it merges on wording): 0.985 on one side, 206 pairs. */
  same: 0.95,
  /**
   * Leftovers pointing the same way: the same point, so the same side. Leaning >= 0: precision
   * 0.882, recall 0.348; >= 0.1: 0.937 / 0.255; >= -0.1: 0.810 / 0.504 (too close to the 0.75 goal
   * to hold on other data).
   */
  supports: 0,
  /**
   * The rule for pairs the learned model (sides.ts) cannot read (vectors of another embedding
   * model). Opposite judgements and leftovers pointing apart: opposite sides. Leaning <= -0.1: precision
   * 0.607, recall 0.085; <= -0.2: 0.660 / 0.056; <= -0.3: 0.721 / 0.023. NOTE: short of the issue's
   * goal (0.70 at recall 0.20); the leaning alone says "a different point" far more often than
   * "the other side" (<= -0.2: 0.457 / 0.445).
   */
  contradicts: -0.1,
  /**
   * Claims this far apart in meaning are rarely on one debate: without it, 854 of 1,852
   * contradictions were between claims of different debates; with it 252 of 872 (recall 0.053).
   */
  contradictsCosine: 0.75,
  /**
   * `extends`: the listed claim holds this share of the other's content words (extension.ts)
   * and adds at least `extendsNetWords` more than it leaves out, on a claim of at least
   * `extendsBaseWords`, leaning the same way. Directed pairs on the dev dump of served pairs
   * (43,787 pairs read both ways): 236 pass, 0.948 of the judged ones on one side (221 of 233), all
   * of them labelled `supports` before; covered >= 0.66: 399 at 0.946; net >= 2: 434 at 0.949.
   * PERSPECTRUM has no "builds on" label: one side is what it can check.
   */
  extendsCovered: 0.75,
  extendsNetWords: 3,
  extendsBaseWords: 3,
} as const;

/**
 * Labels a related pair only when the evidence is strong; otherwise null, and the pair stays
 * plainly "related". A label adds to the pair: it never hides either claim. The confidence is the
 * precision measured at that strength (above).
 */
export function classifyPair(pair: PairEvidence): Labelled | null {
  const opposed = pair.a.score * pair.b.score < 0;
  if (pair.cosine >= THRESHOLDS.same && !opposed && pair.a.negated === pair.b.negated) {
    return { relation: "same", confidence: 0.98, reason: "the same claim in other words" };
  }
  if (pair.leaning === null) return null;
  const contradiction = contradicts(pair, opposed);
  if (contradiction) return contradiction;
  if (!opposed && pair.a.negated === pair.b.negated && pair.leaning >= THRESHOLDS.supports && pair.extension && buildsOn(pair.extension)) {
    const clause = pair.extension.connective ? ` ("${pair.extension.connective} …")` : "";
    return { relation: "extends", confidence: 0.94, reason: `builds on it and adds a further point${clause}` };
  }
  if (!opposed && pair.leaning >= THRESHOLDS.supports) {
    const confidence = pair.leaning >= 0.3 ? 0.97 : pair.leaning >= 0.2 ? 0.96 : pair.leaning >= 0.1 ? 0.94 : 0.88;
    return { relation: "supports", confidence, reason: "makes the same point" };
  }
  return null;
}

/**
 * Opposite sides: by the learned model when it can read the pair (its strengths and their dev
 * precision are in sides.weights.json, printed by `npm run train:relations`), else by the rule.
 */
function contradicts(pair: PairEvidence, opposed: boolean): Labelled | null {
  const judged = opposed ? `: ${quoteWords(pair.a)} vs ${quoteWords(pair.b)}` : "";
  if (pair.oppositeSides !== undefined && pair.oppositeSides !== null) {
    const confidence = precisionAt(pair.oppositeSides);
    return confidence === null ? null : { relation: "contradicts", confidence, reason: `argues the other side${judged}` };
  }
  if (!opposed || pair.leaning === null || pair.leaning > THRESHOLDS.contradicts || pair.cosine < THRESHOLDS.contradictsCosine) return null;
  const confidence = pair.leaning <= -0.3 ? 0.72 : pair.leaning <= -0.2 ? 0.66 : 0.61;
  return { relation: "contradicts", confidence, reason: `judges it the other way${judged}` };
}

/** Holds most of the other claim's content and adds more than a rewording would. */
const buildsOn = (e: Extension) =>
  e.baseWords >= THRESHOLDS.extendsBaseWords && e.covered >= THRESHOLDS.extendsCovered && e.added - e.missing >= THRESHOLDS.extendsNetWords;

const quoteWords = (v: Valence) => v.words.slice(0, 2).map((w) => `"${w}"`).join(", ");
