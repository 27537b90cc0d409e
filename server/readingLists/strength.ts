import type { InsightId } from "@shared/ids";
import type { RelationKind } from "@shared/schemas/entities";
import type { CandidateInsight, InsightLink } from "../repositories/themeRows";

/** The stated mix, also written into every list's `method`. */
export const STRENGTH_WEIGHTS = { centrality: 0.6, fit: 0.4 } as const;

/** RELATED_TO is kept per insight and read both ways: one pair, its best score. */
export function pairScores(links: readonly InsightLink[]): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const { a, b, score } of links) {
    if (a === b) continue;
    const key = pairKey(a, b);
    pairs.set(key, Math.max(pairs.get(key) ?? 0, score));
  }
  return pairs;
}

/** Typed relations by unordered pair (a relation is read both ways). */
export function pairRelations(links: readonly InsightLink[]): Map<string, RelationKind> {
  const relations = new Map<string, RelationKind>();
  for (const { a, b, relation } of links) if (relation && a !== b) relations.set(pairKey(a, b), relation);
  return relations;
}

export const pairKey = (a: InsightId, b: InsightId) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Centrality of each insight in the theme: the summed RELATED_TO scores to other insights of the
 * theme (weighted degree), divided by the largest, so the most connected claim scores 1.
 */
export function centrality(ids: readonly InsightId[], links: readonly InsightLink[]): Map<InsightId, number> {
  const inTheme = new Set(ids);
  const degree = new Map<InsightId, number>(ids.map((id) => [id, 0]));
  for (const [key, score] of pairScores(links)) {
    const [a, b] = key.split("|") as [InsightId, InsightId];
    if (!inTheme.has(a) || !inTheme.has(b)) continue;
    degree.set(a, (degree.get(a) ?? 0) + score);
    degree.set(b, (degree.get(b) ?? 0) + score);
  }
  const max = Math.max(0, ...degree.values());
  return new Map([...degree].map(([id, value]) => [id, max > 0 ? value / max : 0]));
}

/** Strength 0..1 = 0.6 × centrality in the theme + 0.4 × topical fit. */
export function strengths(insights: readonly CandidateInsight[], links: readonly InsightLink[]): Map<InsightId, number> {
  const central = centrality(
    insights.map((insight) => insight.id),
    links,
  );
  return new Map(
    insights.map((insight) => [
      insight.id,
      round(STRENGTH_WEIGHTS.centrality * (central.get(insight.id) ?? 0) + STRENGTH_WEIGHTS.fit * insight.fit),
    ]),
  );
}

export const round = (value: number) => Math.round(value * 10_000) / 10_000;
