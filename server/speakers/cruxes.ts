import type { Crux, SpeakerRef } from "@shared/api/speakers";
import type { CruxCandidate } from "../repositories/cruxes";

/** A theme shows its three sharpest disagreements; more would bury them. */
export const MAX_CRUXES = 3;

/**
 * Cruxes from contradicting pairs: pairs where the same people speak on both sides only are not a
 * disagreement between speakers, unless one of them changed their mind (kept, and named). One claim
 * anchors at most one crux, so three cruxes are three different disagreements.
 */
export function pickCruxes(candidates: readonly CruxCandidate[]): Crux[] {
  const used = new Set<string>();
  const cruxes: Crux[] = [];
  for (const candidate of candidates) {
    const [left, right] = candidate.sides;
    if (used.has(left.id) || used.has(right.id)) continue;
    const leftIds = new Set(left.said.map((s) => s.speaker.id));
    const rightIds = new Set(right.said.map((s) => s.speaker.id));
    const both = [...leftIds].filter((id) => rightIds.has(id));
    const opposed = [...leftIds].some((id) => !rightIds.has(id)) || [...rightIds].some((id) => !leftIds.has(id));
    if (!opposed && both.length === 0) continue;
    const changedMind = dedupe(left.said.map((s) => s.speaker).filter((speaker) => both.includes(speaker.id)));
    cruxes.push({ ...candidate, changedMind });
    used.add(left.id).add(right.id);
    if (cruxes.length === MAX_CRUXES) break;
  }
  return cruxes;
}

function dedupe(speakers: readonly SpeakerRef[]): SpeakerRef[] {
  return [...new Map(speakers.map((s) => [s.id, s])).values()];
}
