/**
 * How many related insights each insight keeps (its RELATED_TO edges). Callers pass it on, so an
 * evaluation may try other sizes; everything else uses this one. The lists themselves are computed
 * by the enrichment queue (server/enrichment/steps/related.ts).
 */
export const DEFAULT_RELATED_K = 10;
