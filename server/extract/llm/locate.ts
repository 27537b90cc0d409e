import { endOf, startOf } from "../cueTimes";
import type { Turn } from "../types";
import { normaliseSpace } from "../verbatim";

/** Where a quote is heard: who says it, and from when to when when the source is timed. */
export interface QuotePlace {
  readonly speaker?: string;
  readonly startSec?: number;
  /** The end of the cue its last word is in (subtitles), as the offline extractor gives. */
  readonly endSec?: number;
}

/** One character of the turns' text, whitespace collapsed, and where it sits in its turn. */
interface Origin {
  readonly turn: number;
  readonly offset: number;
}

/**
 * The turns' texts as a quote is checked against them (`normaliseSpace` of the turns joined), with
 * each character's turn and offset in that turn's own text, so a span found in it maps back to cues.
 */
function collapsedWithOrigins(turns: readonly Turn[]): { text: string; origins: Origin[] } {
  let text = "";
  const origins: Origin[] = [];
  let pendingSpace = false;
  turns.forEach((turn, index) => {
    for (let offset = 0; offset < turn.text.length; offset += 1) {
      const char = turn.text.charAt(offset);
      if (/\s/.test(char)) {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingSpace) {
        text += " ";
        origins.push({ turn: index, offset: Math.max(0, offset - 1) });
        pendingSpace = false;
      }
      text += char;
      origins.push({ turn: index, offset });
    }
    // Turns are joined by a line break, which collapses to one space before the next turn's text.
    pendingSpace = text.length > 0;
  });
  return { text, origins };
}

/**
 * Where a verbatim quote (a span of the turns, whitespace aside; see `repairQuote`) is in the
 * turns: the speaker and cue time of its first character, the cue end of its last. The model is
 * asked for the words, never trusted with the times. Undefined when the quote is not a span.
 */
export function locateQuote(quote: string, turns: readonly Turn[]): QuotePlace | undefined {
  const wanted = normaliseSpace(quote);
  const { text, origins } = collapsedWithOrigins(turns);
  const at = wanted.length > 0 ? text.indexOf(wanted) : -1;
  const first = origins[at];
  const last = origins[at + wanted.length - 1];
  const opening = first && turns[first.turn];
  const closing = last && turns[last.turn];
  if (at < 0 || !opening || !closing || !last) return undefined;
  const startSec = startOf(opening, first.offset);
  const endSec = endOf(closing, last.offset);
  return {
    ...(opening.speaker !== undefined && { speaker: opening.speaker }),
    ...(startSec !== undefined && { startSec }),
    ...(endSec !== undefined && { endSec }),
  };
}
