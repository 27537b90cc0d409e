import type { BriefItem } from "@shared/api/brief";
import type { InsightId } from "@shared/ids";
import { foldNearDuplicates } from "../readingLists/duplicates";
import { toEntry } from "../readingLists/entries";
import { strengths } from "../readingLists/strength";
import type { ThemeCandidates } from "../repositories/themeRows";

export const BRIEF_WEIGHTS = { centrality: 0.5, novelty: 0.3, diversity: 0.2 } as const;

export const BRIEF_METHOD =
  "Score = 0.5 × centrality in the theme (the reading list's strength: related-insight centrality " +
  "and topical fit) + 0.3 × novelty (1 if no earlier day's brief featured it, else 0) + 0.2 × " +
  "source diversity (1 / (1 + insights already picked from the same source)). Insights are picked " +
  "one at a time, best score first, so diversity counts what is already in the brief; " +
  "near-duplicates are folded first.";

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * The top insights of a theme for a brief: a greedy pick by the stated mix, so a second claim from
 * the same episode has to beat a first claim from another source by the diversity margin.
 */
export function rankBrief(candidates: ThemeCandidates, featuredBefore: ReadonlySet<InsightId>, limit: number): BriefItem[] {
  const strength = strengths(candidates.insights, candidates.links);
  const ranked = [...candidates.insights].sort(
    (a, b) => (strength.get(b.id) ?? 0) - (strength.get(a.id) ?? 0) || a.id.localeCompare(b.id),
  );
  const pool = foldNearDuplicates(ranked);
  const picked: BriefItem[] = [];
  const perSource = new Map<string, number>();
  while (picked.length < limit && pool.length > 0) {
    let best = -1;
    let bestScore: BriefItem["score"] | null = null;
    pool.forEach(({ kept }, index) => {
      const centrality = strength.get(kept.id) ?? 0;
      const novelty = featuredBefore.has(kept.id) ? 0 : 1;
      const diversity = 1 / (1 + (perSource.get(kept.source?.id ?? kept.id) ?? 0));
      const total =
        BRIEF_WEIGHTS.centrality * centrality + BRIEF_WEIGHTS.novelty * novelty + BRIEF_WEIGHTS.diversity * diversity;
      if (!bestScore || total > bestScore.total + 1e-12) {
        best = index;
        bestScore = { centrality: round(centrality), novelty, diversity: round(diversity), total };
      }
    });
    const [{ kept, folded }] = pool.splice(best, 1) as [(typeof pool)[number]];
    const sourceKey = kept.source?.id ?? kept.id;
    perSource.set(sourceKey, (perSource.get(sourceKey) ?? 0) + 1);
    picked.push({ ...toEntry(kept, folded), score: { ...bestScore!, total: round(bestScore!.total) } });
  }
  return picked;
}
