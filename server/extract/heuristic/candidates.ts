import type { SentenceScore } from "./claimScore";
import type { Sentence } from "./sentences";

/** A run of 1 to 3 adjacent sentences of one turn that may become an insight. */
export interface ClaimCandidate {
  readonly first: number;
  readonly last: number;
  /** How strongly the run reads as a claim worth keeping: the insight's confidence. */
  readonly score: number;
  /** The score with a small preference for a claim spelled out over several sentences; orders the selection. */
  readonly preference: number;
}

const MAX_SENTENCES = 3;
const MAX_WORDS = 80;
// Spelling a claim out ("This means...") makes it a little more useful than the bare statement.
const CONTINUATION_BONUS = 0.05;

interface Judged {
  readonly sentence: Sentence;
  readonly score: SentenceScore;
}

const wordCount = (s: Sentence): number => s.claim.split(/\s+/).length;
// The preference for a spelled-out claim picks which span of a passage is kept; it says nothing
// about how check-worthy the claim is, so the confidence leaves it out (a run of sentences would
// otherwise outrank every sharper single sentence).
const spelledOut = (first: number, last: number, score: number): ClaimCandidate => ({
  first,
  last,
  score,
  preference: Math.min(1, score + CONTINUATION_BONUS),
});

/** "Energy is the binding constraint. In several countries the wait for a grid connection..." */
function leadIn(judged: readonly Judged[], first: number): ClaimCandidate | undefined {
  const opening = judged[first];
  const next = judged[first + 1];
  if (!opening?.score.leadsIn || !next || next.sentence.turn !== opening.sentence.turn) return undefined;
  if (!next.score.continues || !(next.score.standalone || next.score.leansBack)) return undefined;
  // The short claim frames the next sentence, so the pair is worth at least that sentence alone.
  const mean = (opening.score.score + next.score.score) / 2;
  return spelledOut(first, first + 1, Math.max(next.score.score, mean));
}

/** The sentence with the next one or two when they lean on it ("This means...", "That gap is..."). */
function withFollowUps(judged: readonly Judged[], first: number): ClaimCandidate[] {
  const opening = judged[first];
  if (!opening) return [];
  const candidates: ClaimCandidate[] = [];
  let total = opening.score.score;
  let words = wordCount(opening.sentence);
  let consequence = false;
  for (let last = first + 1; last < first + MAX_SENTENCES; last += 1) {
    const next = judged[last];
    if (!next || next.sentence.turn !== opening.sentence.turn || !next.score.continues) break;
    if (!next.score.leansBack && !next.score.drawsConsequence) break;
    words += wordCount(next.sentence);
    if (words > MAX_WORDS) break;
    total += next.score.score;
    // "X. This means Y." is one claim, worth at least X; a looser follow-up ("They also...")
    // only counts for what it adds.
    consequence ||= next.score.drawsConsequence;
    const mean = total / (last - first + 1);
    candidates.push(spelledOut(first, last, consequence ? Math.max(opening.score.score, mean) : mean));
  }
  return candidates;
}

/**
 * Every sentence that stands alone, alone and with the follow-ups that lean on it, and every
 * short claim that the next sentence spells out, with that sentence.
 */
export function claimCandidates(sentences: readonly Sentence[], scores: readonly SentenceScore[]): ClaimCandidate[] {
  const judged = sentences.flatMap((sentence, i) => {
    const score = scores[i];
    return score ? [{ sentence, score }] : [];
  });
  return judged.flatMap(({ score }, first) => {
    const pair = leadIn(judged, first);
    const own = score.standalone ? [{ first, last: first, score: score.score, preference: score.score }, ...withFollowUps(judged, first)] : [];
    return pair ? [pair, ...own] : own;
  });
}
