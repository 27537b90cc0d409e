import { labelRelations } from "../../relations/labelRelations";
import type { ModelLabels } from "../../relations/labeller";
import { askModelForRelations } from "../../relations/modelLabels";
import { defineStage } from "../stage";

export const RELATIONS = "relations";

/**
 * Insights a batch takes to the relation model: about ten related pairs each, a few hundred pairs
 * in a dozen calls, minutes at most even on a slow local model, within the queue's lease (360 s).
 */
const MODEL_BATCH = 50;

/** Supports, contradicts, extends or same claim on the pairs of the lists just computed (server/relations/); by the model when configured. */
export const relationsStage = defineStage<ModelLabels | null>({
  name: RELATIONS,
  batchLimit: ({ relationLabeller }) => (relationLabeller ? MODEL_BATCH : undefined),
  prepare: async ({ db, relationLabeller }, ids) => (relationLabeller ? askModelForRelations(db, relationLabeller, ids) : null),
  apply: async (tx, ids, modelLabels) => {
    await labelRelations(tx, ids, modelLabels);
  },
});
