import type { BriefCandidateRow } from "../repositories/dailyBriefs";

export const DAILY_WEIGHTS = { centrality: 0.6, confidence: 0.4 } as const;

export const DAILY_METHOD =
  "Insights from sources ingested since the last brief (else the graph's best not sent before). " +
  "Insights about a topic you follow come first. Score = 0.6 × centrality (summed related-insight " +
  "scores, scaled so the most connected candidate is 1) + 0.4 × the extractor's confidence, divided " +
  "by 1 + insights already picked from the same source, so one episode does not fill the brief. " +
  "Each comes with its three best related insights.";

export interface RankedCandidate {
  readonly candidate: BriefCandidateRow;
  readonly score: number;
}

/**
 * Picks the day's top insights one at a time: followed topics first, then the best score, a second
 * insight of a source counting half, a third a third; insights an earlier brief sent are left out.
 */
export function rankDaily(candidates: readonly BriefCandidateRow[], size: number): RankedCandidate[] {
  const pool = candidates.filter((c, i, all) => !c.featured && all.findIndex((d) => d.id === c.id) === i);
  const maxCentrality = Math.max(0, ...pool.map((c) => c.centrality)) || 1;
  const base = new Map(
    pool.map((c) => [
      c.id,
      DAILY_WEIGHTS.centrality * (c.centrality / maxCentrality) + DAILY_WEIGHTS.confidence * Math.min(1, Math.max(0, c.confidence)),
    ]),
  );
  const picked: RankedCandidate[] = [];
  const perSource = new Map<string, number>();
  const left = [...pool];
  while (picked.length < size && left.length > 0) {
    let best = 0;
    let bestScore = -1;
    let bestOrder = -1;
    left.forEach((c, i) => {
      const score = base.get(c.id)! / (1 + (perSource.get(c.sourceId ?? c.id) ?? 0));
      // Followed topics rank above everything else: the score stays 0..1, the order adds 2.
      const order = score + (c.followed ? 2 : 0);
      if (order > bestOrder + 1e-12 || (Math.abs(order - bestOrder) <= 1e-12 && c.id < left[best]!.id)) [best, bestOrder, bestScore] = [i, order, score];
    });
    const [chosen] = left.splice(best, 1) as [BriefCandidateRow];
    perSource.set(chosen.sourceId ?? chosen.id, (perSource.get(chosen.sourceId ?? chosen.id) ?? 0) + 1);
    picked.push({ candidate: chosen, score: Math.round(bestScore * 10_000) / 10_000 });
  }
  return picked;
}
