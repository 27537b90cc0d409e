import { findNewClaims, foldInsights } from "../../repositories/nearDuplicates";
import { refreshCruxesAround } from "../../speakers/refreshCruxes";
import { defineStage } from "../stage";
import { findNearDuplicateFolds } from "./nearDuplicateFolds";

export const NEAR_DUPLICATES = "near-duplicates";

/**
 * New claims that repeat an insight in other words are folded into it (see foldInsights). First,
 * so nothing is embedded or scored for a claim that is about to go.
 */
export const nearDuplicatesStage = defineStage({
  name: NEAR_DUPLICATES,
  apply: async (tx, ids) => {
    const folds = await findNearDuplicateFolds(tx, await findNewClaims(tx, ids), NEAR_DUPLICATES);
    await foldInsights(tx, [...folds].map(([from, into]) => ({ from, into })));
    // The kept claim takes the folded one's speakers, which can make its contradictions cruxes.
    await refreshCruxesAround(tx, [...new Set(folds.values())]);
    return { folded: folds };
  },
});
