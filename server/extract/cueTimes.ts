import type { Turn } from "./types";

/**
 * The time of the subtitle cue holding `offset` (a character of the turn's text), else the
 * turn's own start: where a sentence or a quote starting there is heard.
 */
export function startOf(turn: Turn, offset: number): number | undefined {
  let startSec = turn.startSec;
  for (const cue of turn.cues ?? []) if (cue.offset <= offset) startSec = cue.startSec;
  return startSec;
}

/** The end of the subtitle cue holding `last` (the offset of a span's last character in the turn). */
export function endOf(turn: Turn, last: number): number | undefined {
  let endSec: number | undefined;
  for (const cue of turn.cueEnds ?? []) if (cue.offset <= last) endSec = cue.endSec;
  return endSec;
}
