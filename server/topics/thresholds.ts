import type { ClusterThresholds } from "./clusters";

/**
 * Measured on PERSPECTRUM dev (2,070 claims, 139 debates; bge-small-en-v1.5 int8; 500-claim
 * batches; pairwise "share a topic" against "same debate"):
 *
 * | join | second | precision | recall | F1    | topics |
 * | 0.74 | 0.80   | 0.450     | 0.594  | 0.512 | 302    |
 * | 0.75 | 0.78   | 0.442     | 0.628  | 0.519 | 363    |
 * | 0.76 | 0.78   | 0.471     | 0.575  | 0.518 | 410    |
 * | 0.77 | 0.78   | 0.506     | 0.541  | 0.523 | 471    |
 * | 0.80 | none   | 0.701     | 0.233  | 0.350 | 664    |
 *
 * F1 is flat from 0.75 to 0.77, so the middle of the plateau is taken rather than its peak. Single
 * links at 0.78 raise recall by a fifth for a few points of precision, and they are what links
 * topics into themes. On all 9,033 claims (680 debates, many on one subject) the same rule gives
 * 0.35, against 0.31 for the best phrase-free clustering tried (Louvain on a 10-NN graph).
 *
 * `sameSource` is not measured on labelled data (PERSPECTRUM has one claim per source, so it is
 * inert there): on the sample corpus an episode's claims on one subject sit at 0.6 to 0.75 from
 * each other, and 0.66 held the sourdough and export-control claims together without joining
 * the marathon ones to them. Treat it as a setting to measure on a labelled set of episodes.
 */
export const LOCAL_MODEL_THRESHOLDS: ClusterThresholds = { join: 0.76, second: 0.78, sameSource: 0.66 };

/** The unrelated-text cosine of the model the figures above were measured with. */
const MEASURED_UNRELATED = 0.5;

/**
 * Thresholds for another model, placed at the same share of the distance between its unrelated
 * cosine and 1 (models differ mostly in where unrelated texts sit). Unmeasured for other models.
 */
export function thresholdsFor(embedder: { readonly unrelatedCosine?: number }): ClusterThresholds {
  const unrelated = embedder.unrelatedCosine ?? MEASURED_UNRELATED;
  const scale = (t: number) => unrelated + ((t - MEASURED_UNRELATED) / (1 - MEASURED_UNRELATED)) * (1 - unrelated);
  return { join: scale(LOCAL_MODEL_THRESHOLDS.join), second: scale(LOCAL_MODEL_THRESHOLDS.second), sameSource: scale(LOCAL_MODEL_THRESHOLDS.sameSource) };
}
