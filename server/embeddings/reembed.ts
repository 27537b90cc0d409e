import type { Database } from "../db";
import { countStaleEmbeddings, findStaleEmbeddingPage, storeEmbeddings } from "../repositories/embeddings";
import { refreshRelated } from "../related/refreshRelated";
import { rankingWeightsFor } from "../related/scoring";
import { labelRelations } from "../relations/labelRelations";
import type { InsightEmbeddings } from "./insightEmbeddings";

/** Insights embedded and relisted per transaction. */
const PAGE = 256;

export interface ReembedProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Embeds every insight that has no embedding by the configured model (a graph built before the
 * local model, or with another one), a page at a time: the model runs outside the transaction,
 * the vectors and the page's fresh related lists are written inside it. Resumable: a stopped run
 * leaves the rest stale, and the next run takes up what is left.
 */
export async function reembedGraph(
  db: Database,
  embeddings: InsightEmbeddings,
  relatedK: number,
  onProgress: (progress: ReembedProgress) => void = () => undefined,
): Promise<ReembedProgress> {
  const model = embeddings.embedder.model;
  const total = await db.read("staleEmbeddings", (tx) => countStaleEmbeddings(tx, model));
  let done = 0;
  let after = "";
  for (;;) {
    const page = await db.read("staleEmbeddings", (tx) => findStaleEmbeddingPage(tx, model, after, PAGE));
    if (page.length === 0) break;
    const vectors = await embeddings.embedder.embed(page.map((row) => row.text));
    await embeddings.ensureIndex(db, vectors[0]!.length);
    const rows = page.map((row, i) => ({ id: row.id, embedding: vectors[i]! }));
    await db.write("ingest", async (tx) => {
      await storeEmbeddings(tx, rows, model);
      await refreshRelated(tx, rows.map((row) => row.id), relatedK, rankingWeightsFor(embeddings.embedder));
      await labelRelations(tx, rows.map((row) => row.id));
    });
    done += page.length;
    after = page.at(-1)!.id;
    onProgress({ done, total: Math.max(total, done) });
  }
  return { done, total };
}
