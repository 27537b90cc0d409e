import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { findEmbeddingModel, findEmbeddingSample, findEmbeddings, findVectorIndexDimensions } from "../repositories/embeddings";
import { findVectorCandidates } from "../repositories/vectorCandidates";
import { type UnitVector, nearestAmong, unit } from "./dense";
import { MIN_SAMPLE, type MeaningBaseline, measureBaseline, nearestQuery } from "./meaningBaseline";
import type { InsightFeatures } from "../repositories/relatedCandidates";

/**
 * Insights nearest in meaning added to each anchor's candidates: meaning carries the score, so it
 * brings the most. On the bench's synthetic graph, the share of each anchor's exhaustive top 10
 * that the candidates hold (asked with nearestQuery) was about 0.91 with 50 and 0.96 with 100 at
 * 30,000 claims, 0.72 and 0.84 at 100,000 (0.92 with 200); 100 cost the related step 44 % more
 * time than 50 at 100,000 (vector lookups and features read), 200 nearly twice as much.
 */
const NEAREST = 100;

export type KnownEmbeddings = ReadonlyMap<InsightId, readonly number[]>;

/** The anchors' embeddings, and the corpus's meaning baseline their scoring is judged by. */
export interface AnchorMeaning {
  readonly embedded: KnownEmbeddings;
  readonly baseline: MeaningBaseline | null;
}

/**
 * Adds to each anchor's candidates the insights closest to it in meaning: from the vector index
 * (committed insights) and from its own batch (which the index does not see yet). Without
 * embeddings (none configured, or older insights) nothing is known and the candidates are left
 * exactly as they were.
 */
export async function addMeaningCandidates(
  tx: ManagedTransaction,
  ids: readonly InsightId[],
  candidates: Map<InsightId, InsightId[]>,
  insightCount: number,
): Promise<AnchorMeaning> {
  const anchors = await findEmbeddings(tx, ids);
  if (anchors.size === 0) return { embedded: anchors, baseline: null };
  const baseline = await currentBaseline(tx, insightCount, anchors);
  // NOTE: a restored backup has embeddings but no index until the next embedding, and an index of
  // another width rejects the query: either would fail the whole ingest, so those are skipped.
  const width = await findVectorIndexDimensions(tx);
  const queries = [...anchors]
    .filter(([, embedding]) => embedding.length === width)
    .map(([id, embedding]) => ({ id, embedding: indexQuery(id, embedding, baseline) }));
  const fromIndex = await findVectorCandidates(tx, queries, NEAREST);
  const fromBatch = nearestAmong(anchors, NEAREST);
  for (const id of anchors.keys()) {
    const near = [...(fromIndex.get(id) ?? []), ...(fromBatch.get(id) ?? [])];
    candidates.set(id, [...new Set([...(candidates.get(id) ?? []), ...near])]);
  }
  return { embedded: anchors, baseline };
}

/** The anchor's own vector, or, once the corpus has a baseline, the query that ranks by mutual closeness. */
function indexQuery(id: InsightId, embedding: readonly number[], baseline: MeaningBaseline | null): readonly number[] {
  const vector = baseline && unit(embedding);
  return (vector && nearestQuery(baseline, id, vector)) ?? embedding;
}

/** The features with each insight's embedding, when it has one; nothing is read when no anchor has one. */
export async function attachEmbeddings(tx: ManagedTransaction, features: readonly InsightFeatures[], known: KnownEmbeddings): Promise<InsightFeatures[]> {
  if (known.size === 0) return [...features];
  const others = await findEmbeddings(
    tx,
    features.filter((f) => !known.has(f.id as InsightId)).map((f) => f.id as InsightId),
  );
  return features.map((f) => {
    const embedding = known.get(f.id as InsightId) ?? others.get(f.id as InsightId);
    return embedding ? { ...f, embedding } : f;
  });
}

/** Vectors read to measure the corpus's baseline: a random sample this size estimates it closely. */
const BASELINE_SAMPLE = 2000;
/** The baseline is measured again once the corpus has grown or shrunk by this share. */
const BASELINE_DRIFT = 0.25;

/** A baseline with what it was measured for: one model's vectors of one width, at one corpus size. */
interface Measured {
  readonly baseline: MeaningBaseline | null;
  readonly model: string;
  readonly width: number;
  readonly insightCount: number;
  /** Vectors the sample found. */
  readonly sampled: number;
}

let measured: Measured | null = null;

/**
 * The corpus's meaning baseline (see meaningBaseline.ts), measured from a random sample of the
 * anchors' model's vectors and kept until the corpus has changed size by a quarter: it moves
 * slowly, and measuring reads 2,000 vectors. Null below MIN_SAMPLE insights, where the plain
 * cosine is used.
 */
export async function currentBaseline(tx: ManagedTransaction, insightCount: number, known: KnownEmbeddings): Promise<MeaningBaseline | null> {
  const [anchor, vector] = known.entries().next().value ?? [];
  const width = vector?.length ?? 0;
  if (!anchor || width === 0 || insightCount < MIN_SAMPLE) return null;
  const model = (await findEmbeddingModel(tx, anchor)) ?? "";
  if (!measured || !stillFits(measured, model, width, insightCount)) {
    const sample = (await findEmbeddingSample(tx, model, width, BASELINE_SAMPLE)).map(unit).filter((u): u is UnitVector => u !== null);
    measured = { baseline: measureBaseline(sample), model, width, insightCount, sampled: sample.length };
  }
  return measured.baseline;
}

/**
 * NOTE: the model is part of the key. After `npm run reembed` with another model of the same width,
 * the old model's baseline would otherwise be kept until the corpus changed size, and every
 * cosine of the new model judged against the old one's usual closeness.
 */
function stillFits(m: Measured, model: string, width: number, insightCount: number): boolean {
  if (m.model !== model || m.width !== width) return false;
  if (Math.abs(insightCount - m.insightCount) > m.insightCount * BASELINE_DRIFT) return false;
  // A sample well short of the corpus means few insights had this model's vectors yet (a reembed
  // under way): it is measured again as more get them, which costs little while they are few.
  return m.sampled >= Math.min(BASELINE_SAMPLE, m.insightCount * (1 - BASELINE_DRIFT));
}
