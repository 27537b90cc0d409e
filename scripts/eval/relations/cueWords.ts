import { soundsLikeContrast } from "../../../server/readingLists/argument";

/**
 * The baseline: the cue-word roles reading lists gave before typed relations. A related claim
 * that sounds like a contrast ("however", "but", "myth") contradicts; any other supports.
 */
export function cueWordRelation(a: string, b: string): "contradicts" | "supports" {
  return soundsLikeContrast(a) || soundsLikeContrast(b) ? "contradicts" : "supports";
}

/** A second plain baseline: exactly one of the two claims is negated. */
const NEGATION = /\b(not|no|never|cannot|nothing|none|nobody|without)\b|n't\b/i;
export function negationRelation(a: string, b: string): "contradicts" | undefined {
  return NEGATION.test(a) !== NEGATION.test(b) ? "contradicts" : undefined;
}
