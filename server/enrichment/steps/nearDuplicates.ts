import { findNewClaims, foldInsights } from "../../repositories/nearDuplicates";
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
    return { folded: folds };
  },
});
