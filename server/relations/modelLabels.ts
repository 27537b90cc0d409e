import type { InsightId } from "@shared/ids";
import type { Database } from "../db";
import { findRelatedPairs } from "../repositories/relations";
import { findInsightTexts } from "../repositories/relatedCandidates";
import type { ModelLabels, PairToLabel, RelationLabeller } from "./labeller";

/**
 * The model's labels for the related pairs of the given insights, asked outside any transaction
 * (a retried transaction must not call the model again). Null when the model failed: the batch
 * is labelled offline. Pairs listed after this read are left to the offline classifier too.
 */
export async function askModelForRelations(db: Database, labeller: RelationLabeller, ids: readonly InsightId[]): Promise<ModelLabels | null> {
  const pairs = await db.read("enrich:relation-pairs", async (tx): Promise<PairToLabel[]> => {
    const related = await findRelatedPairs(tx, ids);
    const ends = [...new Set(related.flatMap((pair) => [pair.from, pair.to]))];
    const texts = new Map((await findInsightTexts(tx, ends)).map((row) => [row.id, row.text]));
    return related.flatMap((pair) => {
      const [fromText, toText] = [texts.get(pair.from), texts.get(pair.to)];
      return fromText && toText ? [{ ...pair, fromText, toText }] : [];
    });
  });
  if (pairs.length === 0) return new Map();
  return labeller.label(pairs);
}
