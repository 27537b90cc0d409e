import { endOf, startOf } from "../cueTimes";
import { type TaggedSentence, tagSentences } from "../nlp";
import { isAdvert, stripAttribution, stripOpeners } from "./chatter";
import type { Turn } from "./transcript";

/** A sentence of the source, ready to be judged as a claim. */
export interface Sentence {
  /** The sentence as the source has it, without speaker labels, timestamps or fillers. */
  readonly said: string;
  /** The sentence without empty openers ("So, ...", "I think ..."), as an insight would read. */
  readonly claim: string;
  readonly tagged: TaggedSentence;
  /** Index of the turn it belongs to; claims never span two speakers. */
  readonly turn: number;
  /** Whether it is the first sentence of its turn, where a speaker answers or acknowledges the last one. */
  readonly opensTurn: boolean;
  readonly startSec?: number;
  /** The end of the subtitle cue the sentence ends in, when the source is subtitles. */
  readonly endSec?: number;
  readonly speaker?: string;
  /** Where `said` stands in its turn's text, when found there: a quote is cut from the turn between these. */
  readonly span?: { readonly start: number; readonly end: number };
}

// A one-line note ("Open models will win the public sector") is a statement even without its
// full stop; in longer sources a line without one is a heading and is left out.
function withFullStop(turns: readonly Turn[]): readonly Turn[] {
  const [only] = turns;
  if (turns.length !== 1 || only === undefined || /[.!?]["”')\]]?$/.test(only.text)) return turns;
  return [{ ...only, text: `${only.text}.` }];
}

/** Every sentence of every turn, in order, except sponsor reads (which run to the turn's end). */
export function sentencesOf(turns: readonly Turn[]): Sentence[] {
  const sentences: Sentence[] = [];
  withFullStop(turns).forEach((turn, index) => {
    let cursor = 0;
    let opensTurn = true;
    for (const tagged of tagSentences(turn.text)) {
      const said = tagged.text.trim();
      if (isAdvert(said, turn.text)) break;
      if (said.length === 0) continue;
      const found = turn.text.indexOf(said.slice(0, 24), cursor);
      const offset = found >= 0 ? found : cursor;
      cursor = offset + said.length;
      const startSec = startOf(turn, offset);
      const endSec = endOf(turn, offset + said.length - 1);
      const names = new Set(tagged.tokens.filter((t) => t.pos === "PROPN").map((t) => t.text));
      const isName = (words: string) => words.split(" ").every((word) => names.has(word));
      const claim = stripAttribution(stripOpeners(said), isName);
      sentences.push({
        said,
        claim,
        tagged,
        turn: index,
        opensTurn,
        ...(startSec !== undefined && { startSec }),
        ...(endSec !== undefined && { endSec }),
        ...(turn.speaker !== undefined && { speaker: turn.speaker }),
        ...(found >= 0 && { span: { start: offset, end: offset + said.length } }),
      });
      opensTurn = false;
    }
  });
  return sentences;
}
