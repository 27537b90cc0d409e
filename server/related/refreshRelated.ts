import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { anyWord } from "../repositories/lucene";
import { type RelatedEdgeRow, earnBackLinks, replaceRelated } from "../repositories/related";
import { type CandidateLimits, findCandidates, findCorpus, findFeatures, findInsightTexts, storeTerms } from "../repositories/relatedCandidates";
import { type AnchorMeaning, addMeaningCandidates, attachEmbeddings } from "./meaning";
import { relatedReason } from "./reason";
import { type Prepared, type RankingWeights, defaultWeights, prepare, topRelated } from "./scoring";
import { type InsightTerms, contentTerms } from "./terms";

const LIMITS: CandidateLimits = { perTopic: 200, byTopic: 60, byText: 25 };
/**
 * An insight's rarest words, sent to the full-text index to find others worded alike: they decide
 * the TF-IDF cosine, and a query of common words would make Lucene score half the corpus. Fewer
 * than twelve found fewer of the hand-labelled related pairs (`npm run eval:related`: R@10 0.80
 * with 12, 0.79 with 10, 0.76 with 8, 0.71 with 6).
 */
const QUERY_TERMS = 12;
/**
 * Words in more than 1% of all insights are left out of the lookup (not out of the scoring): their
 * postings are the long ones and their weight in the ranking small. Small graphs keep them all.
 */
const commonWordDf = (insightCount: number) => Math.max(50, insightCount / 100);

/**
 * Recomputes the top-K related lists of the given insights, inside the ingest's transaction and
 * for them only: terms of new insights are stored (and counted once), candidates come from indexed
 * lookups, and the scoring runs here in Node over those candidates' stored features. Cost grows
 * with the batch and its candidates, not with the graph. The insights listed earn a place on the
 * new ones' lists in turn when they rank there (see earnBackLinks).
 */
export async function refreshRelated(
  tx: ManagedTransaction,
  ids: readonly InsightId[],
  topK: number,
  weights: RankingWeights = defaultWeights,
): Promise<void> {
  if (ids.length === 0) return;
  const analysed = (await findInsightTexts(tx, ids)).map((row) => ({ ...row, ...contentTerms(row.text) }));
  const fresh = analysed.filter((row) => !row.indexed);
  await storeTerms(tx, fresh.map(({ id, terms }) => ({ id, terms })), documentFrequencies(fresh.map((row) => row.terms)));

  const { candidates, embedded, baseline } = await findRelatedCandidates(tx, analysed);
  const everyone = [...new Set([...ids, ...[...candidates.values()].flat()])];
  const features = await attachEmbeddings(tx, await findFeatures(tx, everyone), embedded);
  const corpus = await findCorpus(tx, [...new Set(features.flatMap((f) => f.terms))]);
  const prepared = new Map(features.map((f) => [f.id, prepare(f, corpus, baseline)]));

  const edges: RelatedEdgeRow[] = [];
  for (const [id, candidateIds] of candidates) {
    const anchor = prepared.get(id);
    if (!anchor) continue;
    const pool = candidateIds.map((c) => prepared.get(c)).filter((p): p is Prepared => p !== undefined);
    for (const pair of topRelated(anchor, pool, topK, weights)) {
      edges.push({
        from: id,
        to: pair.id as InsightId,
        score: pair.score,
        sharedTopics: pair.sharedTopics.map((t) => t.slug),
        reason: relatedReason(pair, prepared.get(pair.id)?.features.text),
        topicScore: pair.parts.topics,
        textScore: pair.parts.text,
        samePassage: pair.parts.samePassage,
        embeddingScore: pair.parts.embedding ?? null,
      });
    }
  }
  await replaceRelated(tx, ids, edges);
  await earnBackLinks(tx, edges, topK);
}

/**
 * The insights scored in full for each anchor: by shared topics, by wording (full-text index) and
 * by meaning (vector index). Reads only; the bench measures their recall against scoring everyone.
 */
export async function findRelatedCandidates(
  tx: ManagedTransaction,
  analysed: readonly (InsightTerms & { readonly id: InsightId })[],
): Promise<AnchorMeaning & { candidates: Map<InsightId, InsightId[]> }> {
  const rarity = await findCorpus(tx, [...new Set(analysed.flatMap((row) => row.terms))]);
  const anchors = analysed.map((row) => ({ id: row.id, query: anyWord(rarestWords(row, rarity.termDf, QUERY_TERMS, commonWordDf(rarity.insightCount))) }));
  const candidates = await findCandidates(tx, anchors, LIMITS);
  const meaning = await addMeaningCandidates(tx, analysed.map((row) => row.id), candidates, rarity.insightCount);
  return { candidates, ...meaning };
}

/** The rarest terms of an insight, each with the forms it was written in (the index does not lemmatise). */
export function rarestWords(row: InsightTerms, df: ReadonlyMap<string, number>, count = QUERY_TERMS, maxDf = Infinity): string[] {
  const rarest = [...new Set(row.terms)]
    .filter((term) => (df.get(term) ?? 0) <= maxDf)
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || a.localeCompare(b))
    .slice(0, count);
  const keep = new Set(rarest);
  return [...new Set([...rarest, ...row.surface.filter((_, i) => keep.has(row.terms[i] ?? ""))])];
}

/** How many of the given insights use each word, sorted by word (see storeTerms). */
export function documentFrequencies(termLists: readonly (readonly string[])[]): { lemma: string; by: number }[] {
  const counts = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([lemma, by]) => ({ lemma, by }));
}
