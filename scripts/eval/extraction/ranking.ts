/**
 * The CheckThat! check-worthiness measures: per transcript, sentences ranked by a claim score;
 * average precision over its positives, precision in the top ten; both averaged over transcripts.
 */

/** Average precision of a ranking of labels (1 = check-worthy), best first; 0 without positives. */
export function averagePrecision(rankedLabels: readonly number[]): number {
  let hits = 0;
  let sum = 0;
  rankedLabels.forEach((label, rank) => {
    if (label !== 1) return;
    hits += 1;
    sum += hits / (rank + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}

export function precisionAt(rankedLabels: readonly number[], k: number): number {
  return rankedLabels.slice(0, k).filter((label) => label === 1).length / k;
}

/**
 * Indexes of sentences ordered by score, highest first; ties (and every unscored sentence,
 * `undefined`) keep transcript order, unscored ones after all scored ones.
 */
export function rankByScore(scores: readonly (number | undefined)[]): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => {
      if (a.score === undefined || b.score === undefined) {
        return a.score === b.score ? a.index - b.index : a.score === undefined ? 1 : -1;
      }
      return b.score - a.score || a.index - b.index;
    })
    .map(({ index }) => index);
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/** Share of a sentence's words an insight must hold for the sentence to count as kept in it. */
export const KEPT_SHARE = 0.8;

/**
 * Each sentence's score from the insights that hold it: the highest confidence of an insight
 * holding at least 80 % of the sentence's words (as a multiset), else undefined.
 */
export function sentenceScores(
  sentences: readonly string[],
  insights: readonly { readonly text: string; readonly confidence: number }[],
  inside: (sentence: number, insight: number) => boolean = () => true,
): (number | undefined)[] {
  const bags = insights.map((insight) => {
    const bag = new Map<string, number>();
    for (const word of wordsOf(insight.text)) bag.set(word, (bag.get(word) ?? 0) + 1);
    return { bag, confidence: insight.confidence };
  });
  const holders = new Map<string, number[]>();
  bags.forEach(({ bag }, i) => {
    for (const word of bag.keys()) holders.set(word, [...(holders.get(word) ?? []), i]);
  });
  return sentences.map((sentence, s) => {
    const words = wordsOf(sentence);
    if (words.length === 0) return undefined;
    const candidates = new Set(words.flatMap((word) => holders.get(word) ?? []));
    let best: number | undefined;
    for (const i of candidates) {
      if (!inside(s, i)) continue;
      const { bag, confidence } = bags[i] ?? { bag: new Map<string, number>(), confidence: 0 };
      const used = new Map<string, number>();
      let held = 0;
      for (const word of words) {
        const n = used.get(word) ?? 0;
        if (n < (bag.get(word) ?? 0)) {
          held += 1;
          used.set(word, n + 1);
        }
      }
      if (held / words.length >= KEPT_SHARE && (best === undefined || confidence > best)) best = confidence;
    }
    return best;
  });
}

/** Mean AP and P@10 over transcripts, each given as its labels in ranked order. */
export function meanRankingScores(rankings: readonly (readonly number[])[]): { map: number; p10: number } {
  const n = Math.max(1, rankings.length);
  return {
    map: rankings.reduce((sum, labels) => sum + averagePrecision(labels), 0) / n,
    p10: rankings.reduce((sum, labels) => sum + precisionAt(labels, 10), 0) / n,
  };
}
