import type { ManagedTransaction } from "../db";
import type { Embedding } from "../embeddings";
import { countTopics, findNearTopicSpace, findTopicSpace, type TopicSpaceRow } from "../repositories/topicCentroids";

/**
 * From this many topics on, a batch reads only the topics near its insights through the centroid
 * index instead of every centroid. Below it the full read is cheaper than the index lookups.
 */
export const NEAR_SPACE_FROM = 2_000;
/** Topics taken per insight from the index: the nearest decides, the second makes themes; more is margin for the approximate index. */
const NEAREST = 10;

/** The topics a batch of embedded insights may join: all of them on a small graph, the near ones on a large one. */
export async function topicSpaceFor(tx: ManagedTransaction, vectors: readonly Embedding[]): Promise<TopicSpaceRow[]> {
  if (vectors.length === 0) return findTopicSpace(tx);
  const { topics, indexed } = await countTopics(tx);
  if (!indexed || topics < NEAR_SPACE_FROM) return findTopicSpace(tx);
  return findNearTopicSpace(tx, vectors.map((vector) => [...vector]), NEAREST);
}
