import { z } from "zod";
import { InsightId } from "@shared/ids";

/**
 * The path a researcher took from insight to insight. Each history entry carries the trail that
 * led to it (in `location.state`), so back and forward show the right trail without any store,
 * and a reload keeps it.
 */
export const TrailStep = z.object({ id: InsightId, text: z.string().max(200) }).readonly();
export type TrailStep = z.infer<typeof TrailStep>;

/** Steps kept; older ones fall off the front. */
export const maxTrail = 8;

const stepText = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/**
 * The trail to hand to the next page when leaving `here`: the trail so far plus `here`. Coming
 * back to an insight already on the trail cuts the loop, so the trail never repeats itself.
 */
export function followFrom(trail: readonly TrailStep[], here: { id: string; text: string }): TrailStep[] {
  const step = TrailStep.parse({ id: here.id, text: stepText(here.text) });
  const seen = trail.findIndex((item) => item.id === here.id);
  const kept = seen >= 0 ? trail.slice(0, seen) : trail;
  return [...kept, step].slice(-maxTrail);
}

/** The trail before the page being shown, cut where it reaches that page itself. */
export function trailTo(trail: readonly TrailStep[], currentId: string): readonly TrailStep[] {
  const seen = trail.findIndex((item) => item.id === currentId);
  return seen >= 0 ? trail.slice(0, seen) : trail;
}

/** Reads a trail out of `location.state`; anything else (another page's state, junk) is no trail. */
export function trailFromState(state: unknown): readonly TrailStep[] {
  if (typeof state !== "object" || state === null || !("trail" in state)) return [];
  const parsed = z.array(TrailStep).max(maxTrail).safeParse(state.trail);
  return parsed.success ? parsed.data : [];
}

export interface TrailState {
  readonly trail: readonly TrailStep[];
}
