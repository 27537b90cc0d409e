import { type UnitVector, unit, unitCosine } from "./dense";
import { type MeaningBaseline, type Usual, mutualCloseness, usualCloseness } from "./meaningBaseline";
import { cosine, idf, termVector, type SparseVector } from "./vectors";
import type { Corpus, InsightFeatures, TopicFeature } from "../repositories/relatedCandidates";

export interface RankingWeights {
  readonly topics: number;
  readonly text: number;
  /** Share of the score taken off when two claims are neighbours in one source. */
  readonly samePassagePenalty: number;
  /** Text cosine at or above which two claims are one claim said twice, not related ones. */
  readonly nearDuplicate: number;
  /** The blend when both insights have embeddings (the weights above apply otherwise). */
  readonly withEmbedding: { readonly topics: number; readonly text: number; readonly embedding: number };
  /**
   * The embedding cosine of two unrelated texts for the model in use: the meaning part is the
   * cosine rescaled from there (0) to identical (1). bge's cosines crowd into 0.4..1 (unrelated
   * claims from other debates: median 0.52 on ArgKP and PERSPECTRUM dev), so without the rescale a
   * pair of strangers would score half marks.
   */
  readonly meaningFloor: number;
  /** Below this blended score a pair is not listed: "no closely related insight yet" beats a weak link. */
  readonly minScore: number;
}

/**
 * Offline (no embedding model), topics and TF-IDF wording share the score. With embeddings,
 * meaning carries it: on the ArgKP and PERSPECTRUM dev parts bge alone ranks a claim's
 * same-point claims 1.37x better than TF-IDF (P@5), adding a little TF-IDF helped on both (it
 * keeps names and numbers said verbatim), and more of either wording or topics lowered it (the
 * topics' single-word traps). A weak pair is left out rather than listed: minScore is about a
 * meaning cosine of 0.6 with nothing else shared, below most pairs of claims on one question.
 */
export const defaultWeights: RankingWeights = {
  topics: 0.55,
  text: 0.45,
  samePassagePenalty: 0.15,
  nearDuplicate: 0.95,
  withEmbedding: { topics: 0.05, text: 0.15, embedding: 0.8 },
  meaningFloor: 0,
  minScore: 0,
};

/** The weights for the embedding model in use (its zero for meaning), or the offline ones without one. */
export function rankingWeightsFor(embedder?: { readonly unrelatedCosine?: number }): RankingWeights {
  return embedder ? { ...defaultWeights, meaningFloor: embedder.unrelatedCosine ?? 0, minScore: 0.15 } : defaultWeights;
}

export interface ScoreParts {
  /** Cosine of rarity-weighted topic vectors. */
  readonly topics: number;
  /** TF-IDF cosine of lemmatised content words. */
  readonly text: number;
  readonly samePassage: boolean;
  /** Embedding cosine (negative counted as 0); only when both insights have embeddings. */
  readonly embedding?: number;
}

export interface ScoredPair {
  readonly id: string;
  readonly score: number;
  readonly parts: ScoreParts;
  /** Shared topics, rarest first. */
  readonly sharedTopics: readonly TopicFeature[];
  /** Shared terms, most telling first. */
  readonly sharedTerms: readonly string[];
  /** The embedding part added more to the score than topics or wording did. */
  readonly closeInMeaning: boolean;
}

/** An insight's vectors, computed once and compared against many candidates. */
export interface Prepared {
  readonly features: InsightFeatures;
  readonly topics: SparseVector;
  readonly text: SparseVector;
  readonly meaning: UnitVector | null;
  /** Its usual closeness to the corpus and the corpus's, when the corpus is large enough to tell. */
  readonly usual: { readonly own: Usual; readonly typical: Usual } | null;
}

/**
 * A topic's component is its ABOUT weight times its rarity, so a shared rare topic counts more
 * than a shared common one, and the cosine normalises for how many topics each insight has.
 */
export function prepare(features: InsightFeatures, corpus: Corpus, baseline: MeaningBaseline | null = null): Prepared {
  const topics = new Map(features.topics.map((t) => [t.slug, t.weight * idf(corpus.insightCount, t.insightCount)]));
  const meaning = features.embedding ? unit(features.embedding) : null;
  const own = meaning && baseline ? usualCloseness(baseline, features.id, meaning) : null;
  const usual = own && baseline ? { own, typical: baseline.typical } : null;
  return { features, topics, text: termVector(features.terms, corpus.insightCount, corpus.termDf), meaning, usual };
}

/** How close two claims are in meaning: their cosine, counted by how unusual it is for each when the corpus tells. */
function closeness(a: Prepared, b: Prepared): number | null {
  const cosine = a.meaning && b.meaning ? unitCosine(a.meaning, b.meaning) : null;
  if (cosine === null || !a.usual || !b.usual) return cosine;
  return mutualCloseness(cosine, a.usual.own, b.usual.own, a.usual.typical);
}

/**
 * Scores are summed over maps whose order follows the database's answer, so the same pair can
 * differ in the last bit from one ingest to the next; rounding keeps a re-ingest from changing
 * anything (and ties break by id instead of by float noise).
 */
const steady = (value: number) => Math.round(value * 1e12) / 1e12;

/** Scores one pair; null when they are not a pair to list (the same claim, or nothing shared). */
export function scorePair(a: Prepared, b: Prepared, weights: RankingWeights = defaultWeights): ScoredPair | null {
  if (a.features.id === b.features.id) return null;
  const meaning = closeness(a, b);
  const parts: ScoreParts = {
    topics: steady(cosine(a.topics, b.topics)),
    text: steady(cosine(a.text, b.text)),
    samePassage: samePassage(a.features, b.features),
    ...(meaning !== null && { embedding: steady(rescale(meaning, weights.meaningFloor)) }),
  };
  if (parts.text >= weights.nearDuplicate) return null;
  const { blended, closeInMeaning } = blend(parts, weights);
  if (blended <= 0) return null;
  const score = steady(blended * (parts.samePassage ? 1 - weights.samePassagePenalty : 1));
  if (score < weights.minScore) return null;
  const sharedTopics = b.features.topics
    .filter((t) => a.topics.has(t.slug))
    .sort((x, y) => x.insightCount - y.insightCount || x.slug.localeCompare(y.slug));
  const sharedTerms = [...a.text.keys()]
    .filter((term) => b.text.has(term))
    .sort((x, y) => (a.text.get(y) ?? 0) - (a.text.get(x) ?? 0) || x.localeCompare(y));
  // Without meaning to vouch for it, one shared word and no shared topic is a coincidence
  // ("second" episode, thirty "seconds"), not a reason a reader would accept.
  if (meaning === null && sharedTopics.length === 0 && sharedTerms.length < 2) return null;
  return { id: b.features.id, score, parts, sharedTopics, sharedTerms, closeInMeaning };
}

/** A cosine as a share of the way from unrelated (`floor`) to identical; never negative. */
const rescale = (cosine: number, floor: number) => Math.max(0, (cosine - floor) / (1 - floor));

/** The weighted sum of the parts; without an embedding part, exactly the offline blend. */
function blend(parts: ScoreParts, weights: RankingWeights): { blended: number; closeInMeaning: boolean } {
  if (parts.embedding === undefined) return { blended: weights.topics * parts.topics + weights.text * parts.text, closeInMeaning: false };
  const w = weights.withEmbedding;
  const meaning = w.embedding * parts.embedding;
  const topics = w.topics * parts.topics;
  const text = w.text * parts.text;
  return { blended: topics + text + meaning, closeInMeaning: meaning > topics && meaning > text };
}

/** Neighbouring claims of one source are usually one argument, not two related ideas. */
function samePassage(a: InsightFeatures, b: InsightFeatures): boolean {
  return a.passages.some((p) => b.passages.some((q) => p.sourceId === q.sourceId && Math.abs(p.position - q.position) <= 1));
}

/** The top `k` candidates of an insight, best first (ties by id, so the list is deterministic). */
export function topRelated(anchor: Prepared, candidates: readonly Prepared[], k: number, weights = defaultWeights): ScoredPair[] {
  return candidates
    .map((candidate) => scorePair(anchor, candidate, weights))
    .filter((pair): pair is ScoredPair => pair !== null)
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
    .slice(0, k);
}
