import type { InsightId, TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { refreshRelated } from "../repositories/related";
import { refreshTopicStats } from "../repositories/topicStats";

export interface Touched {
  readonly insightIds: readonly InsightId[];
  readonly topicSlugs: readonly TopicSlug[];
}

/**
 * What depends on new insights, recomputed in the ingest's own transaction for what the batch
 * touched only: topic counts and co-occurrence first (related scores read topic sizes), then the
 * related lists of the new insights.
 */
export async function refreshAfterIngest(tx: ManagedTransaction, touched: Touched, relatedK: number): Promise<void> {
  await refreshTopicStats(tx, touched.topicSlugs);
  await refreshRelated(tx, touched.insightIds, relatedK);
}
