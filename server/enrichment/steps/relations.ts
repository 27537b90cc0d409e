import { labelRelations } from "../../relations/labelRelations";
import { defineStage } from "../stage";

export const RELATIONS = "relations";

/** Supports, contradicts or same claim on the pairs of the lists just computed (server/relations/). */
export const relationsStage = defineStage({
  name: RELATIONS,
  apply: async (tx, ids) => {
    await labelRelations(tx, ids);
  },
});
