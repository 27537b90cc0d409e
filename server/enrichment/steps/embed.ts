import type { EmbeddingRow } from "../../repositories/embeddings";
import { storeEmbeddings } from "../../repositories/embeddings";
import { findInsightTexts } from "../../repositories/relatedCandidates";
import { defineStage } from "../stage";

export const EMBED = "embed";

/** Embeds the insights that have no embedding by the configured model (none configured: nothing to do). */
export const embedStage = defineStage<EmbeddingRow[]>({
  name: EMBED,
  prepare: async ({ db, embeddings }, ids) => {
    if (!embeddings) return [];
    const rows = await db.read("enrich:texts", (tx) => findInsightTexts(tx, ids));
    return embeddings.embedMissing(db, rows);
  },
  apply: async (tx, ids, rows = [], { embeddings }) => {
    if (!embeddings) return;
    const held = new Set(ids);
    await storeEmbeddings(tx, rows.filter((row) => held.has(row.id)), embeddings.embedder.model);
  },
});
