import type { ClaimCandidate } from "./candidates";
import type { Sentence } from "./sentences";

/** Insights kept per 1,000 words of source: the best few, not every statement. */
const PER_THOUSAND_WORDS = 10;
/** A short note or a snippet may hold a few good claims; the score threshold still applies. */
const MIN_QUOTA = 3;
/** What a claim must score to be kept beside a better one. */
const MIN_SCORE = 0.45;
/** What a source's best claim must score to be kept at all, so a short note still yields one. */
const FLOOR = 0.3;
/**
 * Two claims sharing more than this share of the shorter one's content words repeat each other;
 * the ingest's near-duplicate rule draws the same line (75%). Set lower, distinct claims on one
 * subject (a speaker's several figures on taxes) were dropped as repeats.
 */
const MAX_OVERLAP = 0.75;

const contentWords = (text: string): Set<string> =>
  new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/**
 * The best candidates for a source of `sourceWords` words, in source order: highest score first,
 * never two that share a sentence or repeat each other, at most a few per thousand words.
 */
export function selectClaims(
  candidates: readonly ClaimCandidate[],
  sentences: readonly Sentence[],
  sourceWords: number,
): ClaimCandidate[] {
  const quota = Math.max(MIN_QUOTA, Math.round((sourceWords * PER_THOUSAND_WORDS) / 1000));
  const ranked = [...candidates].sort((a, b) => b.preference - a.preference || a.first - b.first || a.last - b.last);
  const chosen: { candidate: ClaimCandidate; words: Set<string> }[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= quota) break;
    const threshold = chosen.length === 0 ? FLOOR : MIN_SCORE;
    if (candidate.preference < threshold) break;
    const text = sentences.slice(candidate.first, candidate.last + 1).map((s) => s.claim).join(" ");
    const words = contentWords(text);
    const clashes = chosen.some(
      ({ candidate: c, words: w }) =>
        (candidate.first <= c.last && c.first <= candidate.last) || overlap(words, w) > MAX_OVERLAP,
    );
    if (!clashes) chosen.push({ candidate, words });
  }
  return chosen.map((c) => c.candidate).sort((a, b) => a.first - b.first);
}
