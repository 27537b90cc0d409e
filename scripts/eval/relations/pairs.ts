import type { LabelledClaim } from "../related/publicSet";

/** What the labels say about two related claims: one debate and one side, one debate and opposite sides, or other debates. */
export type PairTruth = "same side" | "opposite sides" | "other debates" | "unclear";

/**
 * The truth of a served pair of insights, from the claims each insight holds (a merged insight
 * holds several): pairs of claims under one debate decide it; when they disagree it is unclear.
 */
export function pairTruth(a: readonly LabelledClaim[], b: readonly LabelledClaim[]): PairTruth {
  const found = new Set<PairTruth>();
  for (const x of a) {
    for (const y of b) {
      if (x.topic !== y.topic || !x.stance || !y.stance) continue;
      found.add(x.stance === y.stance ? "same side" : "opposite sides");
    }
  }
  if (found.size === 0) return "other debates";
  return found.size === 1 ? [...found][0]! : "unclear";
}

/**
 * The official split ("train", "dev") a served pair falls in: that of the debate its claims share,
 * or for claims of other debates, that of all of them; null when mixed or not given.
 */
export function pairSplit(a: readonly LabelledClaim[], b: readonly LabelledClaim[]): string | null {
  const shared = a.flatMap((x) => b.filter((y) => y.topic === x.topic).map(() => x.split));
  const splits = new Set(shared.length > 0 ? shared : [...a, ...b].map((c) => c.split));
  return splits.size === 1 ? ([...splits][0] ?? null) : null;
}

export interface LabelScores {
  /** Pairs given the label. */
  readonly labelled: number;
  /** Of those, pairs on one debate (the only ones the labels can judge). */
  readonly judged: number;
  readonly right: number;
  /** Labelled pairs whose claims come from different debates. */
  readonly otherDebates: number;
  readonly precision: number;
  /** Right ones over every served pair of one debate with that truth. */
  readonly recall: number;
}

/** Precision and recall of one label against one truth, over served pairs. */
export function scoreLabel(pairs: readonly { truth: PairTruth; label: string | undefined }[], label: string, truth: PairTruth): LabelScores {
  const given = pairs.filter((p) => p.label === label);
  const judged = given.filter((p) => p.truth === "same side" || p.truth === "opposite sides");
  const right = judged.filter((p) => p.truth === truth).length;
  const all = pairs.filter((p) => p.truth === truth).length;
  return {
    labelled: given.length,
    judged: judged.length,
    right,
    otherDebates: given.filter((p) => p.truth === "other debates").length,
    precision: judged.length ? right / judged.length : 0,
    recall: all ? right / all : 0,
  };
}
