import type { Turn } from "../types";

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The turn a quote comes from (most of its words), for its speaker and start time; the model is
 * asked for the words, never trusted with the times. Undefined when no turn shares half the words.
 */
export function locateQuote(quote: string, turns: readonly Turn[]): Turn | undefined {
  const wanted = words(quote);
  if (wanted.size === 0) return undefined;
  let best: Turn | undefined;
  let bestShare = 0.5;
  for (const turn of turns) {
    const have = words(turn.text);
    let shared = 0;
    for (const word of wanted) if (have.has(word)) shared += 1;
    const share = shared / wanted.size;
    if (share > bestShare) [best, bestShare] = [turn, share];
  }
  if (!best?.cues?.length) return best;
  // Subtitles: the time of the cue where the quote's first words appear.
  const opening = quote.trim().slice(0, 30).toLowerCase();
  const at = best.text.toLowerCase().indexOf(opening);
  let startSec = best.startSec;
  for (const cue of best.cues) if (at >= 0 && cue.offset <= at) startSec = cue.startSec;
  return { ...best, ...(startSec !== undefined && { startSec }) };
}
