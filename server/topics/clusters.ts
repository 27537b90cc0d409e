import type { Embedding } from "../embeddings";

/**
 * A topic as discovery sees it: the running sum of its insights' embeddings (the centroid's
 * direction) and how many insights made it. Summing rather than averaging lets an ingest add
 * members without reading them back.
 */
export interface TopicCentroid {
  readonly key: string;
  readonly sum: Float64Array;
  count: number;
  /** A curated topic (pinned or named in the vocabulary file) attracts insights but is never founded here. */
  readonly curated?: boolean;
  /** Sources whose insights joined it in this batch (not stored). */
  sources?: Set<string>;
}

/** Thresholds of the incremental grouping; the figures behind them are in thresholds.ts. */
export interface ClusterThresholds {
  /** Cosine to a topic's centroid at which an insight joins it rather than founding a topic. */
  readonly join: number;
  /** Cosine at which an insight also takes its second-nearest topic (links topics for the themes). */
  readonly second: number;
  /** Cosine at which an insight joins a topic another insight of its own source joined in this batch. */
  readonly sameSource: number;
}

export interface Membership {
  readonly key: string;
  readonly cosine: number;
}

export function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i += 1) s += v[i]! * v[i]!;
  return Math.sqrt(s);
}

/** Cosine of an insight's embedding with a topic's centroid. */
export function centroidCosine(vector: Embedding, centroid: TopicCentroid, vectorNorm = norm(vector)): number {
  let dot = 0;
  for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * centroid.sum[i]!;
  const n = norm(centroid.sum) * vectorNorm;
  return n === 0 ? 0 : dot / n;
}

/**
 * Groups insights into topics one at a time, as BERTopic's online mode does: each insight joins
 * the nearest topic when close enough, else founds a new one. Existing topics only gain members,
 * so an ingest never moves an earlier insight or renames a topic. `found` makes the key of a new
 * topic. Mutates `topics` (new topics appended, sums and counts updated) and returns each
 * insight's topics, nearest first.
 */
export function groupIncrementally(
  vectors: readonly Embedding[],
  topics: TopicCentroid[],
  thresholds: ClusterThresholds,
  found: (index: number) => string,
  sourceOf: (index: number) => string | undefined = () => undefined,
): Membership[][] {
  const cache = new Map<TopicCentroid, number>();
  const normOf = (t: TopicCentroid) => {
    let n = cache.get(t);
    if (n === undefined) cache.set(t, (n = norm(t.sum)));
    return n;
  };
  return vectors.map((vector, index) => {
    const vn = norm(vector);
    const source = sourceOf(index);
    // One episode's claims on one subject are one topic, though worded further apart than a debate's.
    const bar = (t: TopicCentroid) => (source !== undefined && t.sources?.has(source) ? thresholds.sameSource : thresholds.join);
    let best: { topic: TopicCentroid; cosine: number } | undefined;
    let second: { topic: TopicCentroid; cosine: number } | undefined;
    for (const topic of topics) {
      let dot = 0;
      for (let i = 0; i < vector.length; i += 1) dot += vector[i]! * topic.sum[i]!;
      const tn = normOf(topic);
      const cosine = (tn === 0 || vn === 0 ? 0 : dot / (tn * vn)) + thresholds.join - bar(topic);
      if (!best || cosine > best.cosine) [second, best] = [best, { topic, cosine }];
      else if (!second || cosine > second.cosine) second = { topic, cosine };
    }
    const joined = best && best.cosine >= thresholds.join ? best : undefined;
    const home = joined?.topic ?? { key: found(index), sum: new Float64Array(vector.length), count: 0 };
    if (!joined) topics.push(home);
    if (source !== undefined) (home.sources ??= new Set()).add(source);
    for (let i = 0; i < vector.length; i += 1) home.sum[i]! += vn === 0 ? 0 : vector[i]! / vn;
    home.count += 1;
    cache.delete(home);
    const memberships: Membership[] = [{ key: home.key, cosine: joined?.cosine ?? 1 }];
    const other = joined ? second : best;
    if (other && other.topic !== home && other.cosine >= thresholds.second) memberships.push({ key: other.topic.key, cosine: other.cosine });
    return memberships;
  });
}
