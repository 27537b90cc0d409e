/** How strong a related link is, in words a reader can compare at a glance (a 0.04 link must not look like a 0.5 one). */
export type RelatedStrength = "strong" | "moderate" | "weak";

/**
 * Bands of the related score (0..1). With the local model, two claims making the same point
 * score about 0.5 and up, claims on the same question about 0.3, and nothing under 0.15 is listed.
 */
export function relatedStrength(score: number): RelatedStrength {
  if (score >= 0.5) return "strong";
  if (score >= 0.3) return "moderate";
  return "weak";
}
