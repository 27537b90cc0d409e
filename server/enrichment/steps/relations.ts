import { labelRelations } from "../../relations/labelRelations";
import type { ModelLabels } from "../../relations/labeller";
import { askModelForRelations } from "../../relations/modelLabels";
import { defineStage } from "../stage";

export const RELATIONS = "relations";

/** Supports, contradicts, extends or same claim on the pairs of the lists just computed (server/relations/); by the model when configured. */
export const relationsStage = defineStage<ModelLabels | null>({
  name: RELATIONS,
  prepare: async ({ db, relationLabeller }, ids) => (relationLabeller ? askModelForRelations(db, relationLabeller, ids) : null),
  apply: async (tx, ids, modelLabels) => {
    await labelRelations(tx, ids, modelLabels);
  },
});
