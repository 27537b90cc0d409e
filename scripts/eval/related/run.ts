import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { InsightId } from "@shared/ids";
import { z } from "zod";
import { applySchema, createDatabase, createDriver, launchNeo4j } from "../../../server/db";
import { createEmbeddings } from "../../../server/embeddings";
import { loadEnv } from "../../../server/env";
import { ingestInsights } from "../../../server/ingest/ingest";
import { type RankingWeights, defaultWeights, prepare, topRelated } from "../../../server/related/scoring";
import { findEmbeddings } from "../../../server/repositories/embeddings";
import { findRelated } from "../../../server/repositories/related";
import { findCorpus, findFeatures } from "../../../server/repositories/relatedCandidates";
import { evaluateDataset } from "./dataset";
import { type Judged, type Scores, score, sharedTopicCountRanking } from "./metrics";

/**
 * `npm run eval:related`: ingests a labelled set (insights written and grouped into themes by
 * hand, topics assigned by the offline extractor as in production) into a fresh bundled Neo4j,
 * in three batches so the incremental refresh is what builds the lists, and scores the related
 * lists against the themes next to a shared-topic-count baseline. With `EMBEDDINGS=openai` (and
 * its model settings) the insights are embedded too, and the rows show the blend with meaning.
 */
const Themes = z.array(z.object({ theme: z.string(), insights: z.array(z.string().min(3)).min(2) }));
const K = 10;
const BATCHES = 3;

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const themes = Themes.parse(JSON.parse(await readFile(join(here, "themes.json"), "utf8")));
  // Round-robin across themes, so every batch mixes themes and later batches rank against earlier ones.
  const items = themes.flatMap((t) => t.insights.map((text, i) => ({ text, theme: t.theme, order: i * themes.length })));
  items.sort((a, b) => a.order - b.order);

  const home = await mkdtemp(join(tmpdir(), "insight-graph-eval-"));
  const neo4j = await launchNeo4j({ home, port: 0, pageCacheMiB: 64, heap: "768m", log: () => undefined });
  const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
  const db = createDatabase(driver, "neo4j");
  const embeddings = createEmbeddings(loadEnv());
  try {
    await applySchema(driver, "neo4j");
    const themeOf = new Map<string, string>();
    const topicsOf = new Map<string, string[]>();
    const size = Math.ceil(items.length / BATCHES);
    for (let start = 0; start < items.length; start += size) {
      const batch = items.slice(start, start + size);
      const summaries = await ingestInsights(db, batch.map(({ text }) => ({ text })), { relatedK: K, ...(embeddings && { embeddings }) });
      summaries.forEach((summary, i) => {
        themeOf.set(summary.id, batch[i]!.theme);
        topicsOf.set(summary.id, summary.topics.map((t) => t.slug));
      });
    }
    const ids = [...themeOf.keys()] as InsightId[];
    const served: Judged[] = [];
    for (const id of ids) {
      const related = await db.read("eval", async (tx) => (await findRelated(tx, id, K)) ?? []);
      served.push({ anchor: id, ranked: related.map((r) => r.id) });
    }
    const baseline = ids.map((id) => ({ anchor: id, ranked: sharedTopicCountRanking(id, topicsOf, K) }));
    const exhaustive = await db.read("eval", async (tx) => {
      const vectors = await findEmbeddings(tx, ids);
      const features = (await findFeatures(tx, ids)).map((f) => ({ ...f, embedding: vectors.get(f.id as InsightId) }));
      return { features, corpus: await findCorpus(tx, [...new Set(features.flatMap((f) => f.terms))]) };
    });
    const prepared = exhaustive.features.map((f) => prepare(f, exhaustive.corpus));
    const rankAll = (weights: RankingWeights) =>
      prepared.map((anchor) => ({ anchor: anchor.features.id, ranked: topRelated(anchor, prepared, K, weights).map((p) => p.id) }));

    const topicCounts = [...topicsOf.values()].map((t) => t.length);
    console.log(`labelled set: ${ids.length} insights in ${themes.length} themes; topics per insight (offline extractor): mean ${(topicCounts.reduce((a, b) => a + b, 0) / ids.length).toFixed(2)}, none on ${topicCounts.filter((n) => n === 0).length}`);
    console.log(`ingested in ${BATCHES} batches; related lists of ${K}; embeddings: ${embeddings ? embeddings.embedder.model : "none"}\n`);
    const rows: [string, Scores][] = [
      ["baseline: shared-topic count", score(baseline, themeOf)],
      [`served: RELATED_TO (rarity topics + TF-IDF${embeddings ? " + embeddings" : ""}, incremental)`, score(served, themeOf)],
      ["same scoring, every pair compared (no candidate cut)", score(rankAll(defaultWeights), themeOf)],
      ["ablation: rarity-weighted topics only", score(rankAll(only("topics")), themeOf)],
      ["ablation: TF-IDF wording only", score(rankAll(only("text")), themeOf)],
      ...(embeddings
        ? ([
            ["ablation: without the embedding part", score(rankAll({ ...defaultWeights, withEmbedding: { topics: defaultWeights.topics, text: defaultWeights.text, embedding: 0 } }), themeOf)],
            ["ablation: embedding cosine only", score(rankAll(only("embedding")), themeOf)],
          ] as [string, Scores][])
        : []),
    ];
    const width = Math.max(58, ...rows.map(([name]) => name.length));
    console.log(`${"ranking".padEnd(width)} P@5    R@10   coverage`);
    for (const [name, s] of rows) {
      console.log(`${name.padEnd(width)} ${s.precisionAt5.toFixed(3)}  ${s.recallAt10.toFixed(3)}  ${(s.coverage * 100).toFixed(0)}%`);
    }
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}

/** Weights that keep one part only, with or without embeddings. */
function only(part: "topics" | "text" | "embedding"): RankingWeights {
  const one = (name: typeof part) => (name === part ? 1 : 0);
  return { ...defaultWeights, topics: one("topics"), text: one("text"), withEmbedding: { topics: one("topics"), text: one("text"), embedding: one("embedding") } };
}

const datasetFlag = process.argv.indexOf("--dataset");
if (datasetFlag >= 0) {
  const path = process.argv[datasetFlag + 1];
  if (!path) throw new Error("--dataset needs a file, e.g. ../shared/eval-data/argkp.dev.json");
  const splitFlag = process.argv.indexOf("--split");
  await evaluateDataset(path, splitFlag >= 0 ? process.argv[splitFlag + 1] : undefined);
} else {
  await main();
}
