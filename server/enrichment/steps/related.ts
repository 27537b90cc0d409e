import { relateListedInsights } from "../../repositories/listedLinks";
import { refreshRelated } from "../../related/refreshRelated";
import { rankingWeightsFor } from "../../related/scoring";
import { defineStage } from "../stage";

export const RELATED = "related";

/** Each insight's own top-K list, the back-links it earns on the lists of others, and a page's own listing. */
export const relatedStage = defineStage({
  name: RELATED,
  apply: async (tx, ids, _prepared, { relatedK, embeddings }) => {
    await refreshRelated(tx, ids, relatedK, rankingWeightsFor(embeddings?.embedder));
    await relateListedInsights(tx, ids);
  },
});
