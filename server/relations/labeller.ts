import type { InsightId } from "@shared/ids";
import type { RelationKind } from "@shared/schemas/entities";

/** One related pair as a model reads it: both claims' texts, `to` being the claim on `from`'s list. */
export interface PairToLabel {
  readonly from: InsightId;
  readonly to: InsightId;
  readonly fromText: string;
  readonly toText: string;
}

/** A model's label for one directed pair; null: the model saw no relation, or was not sure enough. */
export type ModelLabel = { readonly relation: RelationKind; readonly confidence: number; readonly reason: string } | null;

/** Model labels by directed pair (`pairKey`); a pair missing from the map is left to the offline classifier. */
export type ModelLabels = ReadonlyMap<string, ModelLabel>;

export const pairKey = (from: InsightId, to: InsightId) => `${from}>${to}`;

/**
 * Labels related pairs with a language model (server/relations/llm/). Resolves null when the
 * model failed after its retries (it logs that): the batch is then labelled offline.
 */
export interface RelationLabeller {
  /** e.g. `llm:gpt-4o-mini`, for logs and the evaluation. */
  readonly name: string;
  label(pairs: readonly PairToLabel[]): Promise<ModelLabels | null>;
}
