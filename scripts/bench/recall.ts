import type { InsightId } from "@shared/ids";
import { seededRandom } from "@shared/random";
import type { Database } from "../../server/db";
import { findEmbeddings } from "../../server/repositories/embeddings";
import { type InsightFeatures, findCorpus, findFeatures, findInsightTexts } from "../../server/repositories/relatedCandidates";
import { findRelatedCandidates } from "../../server/related/refreshRelated";
import { type RankingWeights, defaultWeights, prepare, topRelated } from "../../server/related/scoring";
import { contentTerms } from "../../server/related/terms";

const PAGE = 5_000;

/**
 * Share of each sampled insight's exhaustive top 10 (every insight in the graph scored with the
 * product's own scoring) that its candidates (topics, full-text and vector index) contain: what
 * the candidate step can lose, measured on a seeded sample.
 */
export async function candidateRecall(db: Database, options: { sample: number; k: number; weights?: RankingWeights }): Promise<number> {
  const ids = await db.read("benchIds", async (tx) => (await tx.run("MATCH (i:Insight) RETURN i.id AS id ORDER BY id")).records.map((r) => r.get("id") as InsightId));
  const random = seededRandom(11);
  const sample = [...new Set(Array.from({ length: options.sample }, () => ids[Math.floor(random() * ids.length)]!))];
  const { candidates, baseline } = await db.read("benchCandidates", async (tx) => {
    const analysed = (await findInsightTexts(tx, sample)).map((row) => ({ ...row, ...contentTerms(row.text) }));
    return findRelatedCandidates(tx, analysed);
  });
  const features: InsightFeatures[] = [];
  for (let start = 0; start < ids.length; start += PAGE) {
    const page = ids.slice(start, start + PAGE);
    const [rows, embeddings] = await db.read("benchFeatures", async (tx) => [await findFeatures(tx, page), await findEmbeddings(tx, page)] as const);
    features.push(...rows.map((row) => ({ ...row, ...(embeddings.get(row.id as InsightId) && { embedding: embeddings.get(row.id as InsightId)! }) })));
  }
  const corpus = await db.read("benchCorpus", (tx) => findCorpus(tx, [...new Set(features.flatMap((f) => f.terms))]));
  // Scored as the product scores them: meaning judged against the corpus's baseline.
  const prepared = features.map((f) => prepare(f, corpus, baseline));
  const byId = new Map(prepared.map((p) => [p.features.id, p]));
  let found = 0;
  let wanted = 0;
  for (const id of sample) {
    const anchor = byId.get(id);
    if (!anchor) continue;
    const exhaustive = topRelated(anchor, prepared.filter((p) => p.features.id !== id), options.k, options.weights ?? defaultWeights);
    const pool = new Set<string>(candidates.get(id) ?? []);
    wanted += exhaustive.length;
    found += exhaustive.filter((pair) => pool.has(pair.id)).length;
  }
  return wanted === 0 ? 1 : found / wanted;
}
