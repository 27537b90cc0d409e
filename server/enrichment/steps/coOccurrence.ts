import type { InsightId, TopicSlug } from "@shared/ids";
import { addedTopicPairs } from "../../ingest/topicPairs";
import { touchGraphVersion } from "../../repositories/graphVersion";
import { findTopicsToCount, markTopicsCounted, refreshTopicStats } from "../../repositories/topicStats";
import { defineStage } from "../stage";

export const CO_OCCURRENCE = "co-occurrence";

/**
 * Topic sizes and CO_OCCURS counts for the topic links not counted yet, then marked counted, in one
 * transaction: the counts stay exact however often a batch is retried. Before related lists,
 * whose scores read topic sizes.
 */
export const coOccurrenceStage = defineStage({
  name: CO_OCCURRENCE,
  apply: async (tx, ids) => {
    const rows = await findTopicsToCount(tx, ids);
    const before = new Map<InsightId, TopicSlug[]>(rows.map((row) => [row.id, row.counted]));
    const about = rows.flatMap((row) => row.uncounted.map((slug) => ({ insightId: row.id, slug })));
    if (about.length === 0) return;
    const slugs = [...new Set(about.map((row) => row.slug))].sort();
    await refreshTopicStats(tx, slugs, addedTopicPairs(before, about));
    await markTopicsCounted(tx, ids);
    await touchGraphVersion(tx);
  },
});
