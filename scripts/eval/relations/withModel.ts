import type { InsightId } from "@shared/ids";
import { pairKey, type RelationLabeller } from "../../../server/relations/labeller";
import { type LabelScores, type PairTruth, scoreLabel } from "./pairs";

/** A served pair as the model is asked about it: `b` on `a`'s list, with both texts. */
export interface JudgedPair {
  readonly a: InsightId;
  readonly b: InsightId;
  readonly textA: string;
  readonly textB: string;
  readonly truth: PairTruth;
}

export interface ModelRow {
  readonly label: "contradicts" | "supports" | "extends" | "same";
  readonly scores: LabelScores;
}

/**
 * The configured model's labels on the same served pairs, scored like the offline ones: the
 * product's own labeller (server/relations/llm/), asked directly rather than through the queue, so
 * offline and model read the very same pairs. Null when the model failed after its retries.
 */
export async function scoreModel(labeller: RelationLabeller, pairs: readonly JudgedPair[]): Promise<ModelRow[] | null> {
  const labels = await labeller.label(pairs.map((p) => ({ from: p.a, to: p.b, fromText: p.textA, toText: p.textB })));
  if (!labels) return null;
  const labelled = pairs.map((p) => ({ truth: p.truth, label: labels.get(pairKey(p.a, p.b))?.relation }));
  return [
    { label: "contradicts", scores: scoreLabel(labelled, "contradicts", "opposite sides") },
    { label: "supports", scores: scoreLabel(labelled, "supports", "same side") },
    { label: "extends", scores: scoreLabel(labelled, "extends", "same side") },
    { label: "same", scores: scoreLabel(labelled, "same", "same side") },
  ];
}
