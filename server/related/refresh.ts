import type { InsightId, TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { touchGraphVersion } from "../repositories/graphVersion";
import { type TopicPair, refreshTopicStats } from "../repositories/topicStats";
import { refreshRelated } from "./refreshRelated";
import type { RankingWeights } from "./scoring";

/**
 * How many related insights each insight keeps (its RELATED_TO edges). Callers pass it on, so an
 * evaluation may try other sizes; everything else uses this one.
 */
export const DEFAULT_RELATED_K = 10;

export interface Touched {
  readonly insightIds: readonly InsightId[];
  readonly topicSlugs: readonly TopicSlug[];
  /** Co-occurrences the batch added. */
  readonly topicPairs: readonly TopicPair[];
}

/**
 * What depends on new insights, recomputed in the ingest's own transaction for what the batch
 * touched only: topic counts and co-occurrence first (related scores read topic sizes), then the
 * related lists of the new insights. Topic communities are not recomputed here: the touched topics
 * are marked, and the next read of the topic graph runs Louvain in a transaction of its own
 * (see communityRefresher.ts).
 */
export async function refreshAfterIngest(tx: ManagedTransaction, touched: Touched, relatedK: number, weights?: RankingWeights): Promise<void> {
  await refreshTopicStats(tx, touched.topicSlugs, touched.topicPairs);
  await refreshRelated(tx, touched.insightIds, relatedK, weights);
  await touchGraphVersion(tx);
}
