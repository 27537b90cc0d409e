import { findEmbeddings } from "../../repositories/embeddings";
import { writeTopicLinks } from "../../repositories/insightWrites";
import { findInsightsToTopic } from "../../repositories/topicCentroids";
import { topicsForBatch } from "../../topics";
import { defineStage } from "../stage";
import { CO_OCCURRENCE } from "./coOccurrence";

export const TOPICS = "topics";

/**
 * Topics discovered for the insights that have none (server/topics/): after `embed`, since they
 * are grouped by meaning, and before topic counts, which count the links written here.
 */
export const topicsStage = defineStage({
  name: TOPICS,
  apply: async (tx, ids, _prepared, { embeddings }) => {
    const rows = await findInsightsToTopic(tx, ids);
    if (rows.length === 0) return;
    const vectors = embeddings ? await findEmbeddings(tx, rows.map((row) => row.id)) : new Map();
    const batch = {
      insights: rows,
      from: rows.flatMap((row) => (row.sourceId ? [{ insightId: row.id, sourceId: row.sourceId }] : [])),
      topics: [],
      about: [],
    };
    const embedded = [...vectors].map(([id, embedding]) => ({ id, embedding }));
    const found = await topicsForBatch(tx, batch, embedded, embeddings?.embedder);
    await writeTopicLinks(tx, found, CO_OCCURRENCE);
  },
});
