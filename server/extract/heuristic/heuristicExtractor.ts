import { limits } from "@shared/limits";
import { foreignLanguage } from "../noInsights";
import type { ExtractedInsight, Extractor } from "../types";
import { type ClaimCandidate, claimCandidates } from "./candidates";
import { scoreSentence } from "./claimScore";
import { selectClaims } from "./selectClaims";
import { type Sentence, sentencesOf } from "./sentences";
import { sourceContext } from "./sourceContext";
import { parseTurns, type Turn } from "./transcript";

export const HEURISTIC_EXTRACTOR = "heuristic@1";

/** Letters a text needs before the extractor trusts language detection enough to refuse it. */
const REFUSE_LANGUAGE_FROM = 250;

const round = (n: number): number => Math.round(n * 100) / 100;

// The claim, then one sentence either side from the same turn, as the reader would want to check it.
// NOTE: cut from the turn's own text, not the sentences joined: the tagger splits inside some
// tokens ("marcorubio.com" gives "marcorubio." and "com"), and a joining space is then not in the source.
function quoteOf(turns: readonly Turn[], sentences: readonly Sentence[], { first, last }: ClaimCandidate): string {
  const turn = sentences[first]?.turn;
  const from = sentences[first - 1]?.turn === turn ? first - 1 : first;
  const to = sentences[last + 1]?.turn === turn ? last + 1 : last;
  const [start, end] = [sentences[from]?.span?.start, sentences[to]?.span?.end];
  const text = turn !== undefined ? turns[turn]?.text : undefined;
  const quote =
    text !== undefined && start !== undefined && end !== undefined && start < end
      ? text.slice(start, end)
      : sentences
          .slice(from, to + 1)
          .map((s) => s.said)
          .join(" ");
  return quote.slice(0, limits.quote);
}

function textOf(sentences: readonly Sentence[], { first, last }: ClaimCandidate): string {
  // Only the opening sentence loses its openers; later ones keep their "This means" on purpose.
  return sentences
    .slice(first, last + 1)
    .map((s, i) => (i === 0 ? s.claim : s.said))
    .join(" ");
}

/** Claims of a text, in source order; pure and deterministic. */
export function extractClaims(text: string): ExtractedInsight[] {
  return extractFromTurns(parseTurns(text));
}

/**
 * A language model's judgement of sentences, 0..1 each (1: reads like a claim worth keeping), in
 * the order given. The seam for the local model: the offline scorer works without it, and
 * blends it in when the extractor is made with one.
 */
export type ClaimRater = (sentences: readonly string[]) => Promise<readonly number[]>;

/** Claims of a source already split into turns (subtitles, parsed transcripts). */
export function extractFromTurns(turns: readonly Turn[]): ExtractedInsight[] {
  return claimsOf(turns, sentencesOf(turns));
}

/** As `extractFromTurns`, with each sentence's rating from a model blended into its score. */
export async function extractFromTurnsRated(turns: readonly Turn[], rate: ClaimRater): Promise<ExtractedInsight[]> {
  const sentences = sentencesOf(turns);
  const ratings = await rate(sentences.map((s) => s.claim));
  return claimsOf(turns, sentences, ratings);
}

function claimsOf(turns: readonly Turn[], sentences: readonly Sentence[], ratings?: readonly number[]): ExtractedInsight[] {
  const context = sourceContext(sentences);
  const scores = sentences.map((sentence, i) => scoreSentence(sentence, context, ratings?.[i]));
  const sourceWords = turns.reduce((sum, turn) => sum + turn.text.split(/\s+/).filter(Boolean).length, 0);
  const chosen = selectClaims(claimCandidates(sentences, scores), sentences, sourceWords);
  return chosen.map((candidate, position) => {
    const claim = textOf(sentences, candidate);
    const startSec = sentences[candidate.first]?.startSec;
    const endSec = sentences[candidate.last]?.endSec;
    const speaker = sentences[candidate.first]?.speaker;
    return {
      text: claim,
      quote: quoteOf(turns, sentences, candidate),
      position,
      confidence: round(candidate.score),
      // Topics are discovered across the corpus at ingest (server/topics), not from one claim.
      topics: [],
      ...(startSec !== undefined && { startSec }),
      ...(endSec !== undefined && { endSec }),
      ...(speaker !== undefined && { speaker }),
    };
  });
}

export interface HeuristicOptions {
  /** A model's rating of each sentence, blended into the offline score; without it the scorer stands alone. */
  readonly rateClaims?: ClaimRater;
}

/** The offline extractor: sentence scoring over wink-nlp tags, topics discovered at ingest. */
export function createHeuristicExtractor(options: HeuristicOptions = {}): Extractor {
  const { rateClaims } = options;
  return {
    name: HEURISTIC_EXTRACTOR,
    extract: async (doc) => {
      // The English model makes nonsense of other languages; nothing is better than that. A short
      // English note is sometimes taken for another language, so only a longer text is refused.
      if (foreignLanguage(doc.text, REFUSE_LANGUAGE_FROM) !== undefined) return [];
      const turns = doc.turns ?? parseTurns(doc.text);
      return rateClaims ? extractFromTurnsRated(turns, rateClaims) : extractFromTurns(turns);
    },
  };
}
