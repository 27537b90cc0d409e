import type { Driver } from "neo4j-driver";
import type { Database } from "../../server/db";
import { insightIdOf } from "../../server/ingest/ids";
import { ingestInsights } from "../../server/ingest/ingest";
import { setTimeout as sleep } from "node:timers/promises";
import type { InsightEmbeddings } from "../../server/embeddings";
import { createEnrichment } from "../../server/enrichment";
import { DEFAULT_RELATED_K } from "../../server/related/refresh";
import { rankingWeightsFor } from "../../server/related/scoring";
import { candidateRecall as measureRecall } from "./recall";
import { type CorpusOptions, inBatches, syntheticInsights } from "./corpus";
import {
  dropReferences,
  naiveMergeLoop,
  prepareNaive,
  prepareRawTopics,
  rawCreate,
  toReferenceRows,
} from "./references";

const BATCH = 1_000;
const NAIVE_ROWS = 1_000;
/** Insights whose exhaustive top 10 is compared with their candidates. */
const RECALL_SAMPLE = 50;

const seconds = (started: number) => (performance.now() - started) / 1000;

/** Insights per second through the product's ingest path, and the two yardsticks on the same rows. */
export async function benchIngest(db: Database, driver: Driver, corpus: CorpusOptions, log: (line: string) => void) {
  let done = 0;
  let started = performance.now();
  for (const batch of inBatches(syntheticInsights(corpus), BATCH)) {
    // The write path alone: rows written and queued, answered at once (enrichment is measured apart).
    await ingestInsights(db, batch, { relatedK: DEFAULT_RELATED_K, waitForEnrichment: false });
    done += batch.length;
    if (done % 10_000 === 0 || done === corpus.insights) {
      log(`ingest ${done}/${corpus.insights} (${Math.round(done / seconds(started))}/s)`);
    }
  }
  const insightsPerSec = done / seconds(started);

  const topicNames = new Set<string>();
  for (const insight of syntheticInsights(corpus)) for (const topic of insight.topics ?? []) topicNames.add(topic);
  await prepareRawTopics(driver, "neo4j", [...topicNames]);
  started = performance.now();
  for (const batch of inBatches(syntheticInsights(corpus), BATCH)) {
    await rawCreate(driver, "neo4j", toReferenceRows(batch, insightIdOf));
  }
  const rawCreatePerSec = corpus.insights / seconds(started);
  log(`raw UNWIND CREATE: ${Math.round(rawCreatePerSec)}/s`);

  await prepareNaive(driver, "neo4j");
  const naiveRows = toReferenceRows([...syntheticInsights({ ...corpus, insights: NAIVE_ROWS })], insightIdOf);
  started = performance.now();
  await naiveMergeLoop(driver, "neo4j", naiveRows);
  const naivePerSec = NAIVE_ROWS / seconds(started);
  log(`naive MERGE loop: ${Math.round(naivePerSec)}/s`);
  await dropReferences(driver, "neo4j");

  const counts = await db.read("benchCounts", async (tx) => {
    const result = await tx.run(
      "CALL () { MATCH (i:Insight) RETURN count(i) AS insights } CALL () { MATCH (t:Topic) RETURN count(t) AS topics } RETURN insights, topics",
    );
    return result.records[0]!.toObject() as { insights: number; topics: number };
  });
  return {
    insightCount: counts.insights,
    topicCount: counts.topics,
    figures: { insightsPerSec, rawCreatePerSec, naivePerSec },
  };
}

/**
 * The enrichment queue drained by one worker (near-duplicates, embedding when a model is given,
 * topic counts, related lists, themes) over everything the ingest figure wrote; then 1,000 new
 * insights written and enriched by a caller that waits; then the candidates' recall.
 */
export async function benchEnrichment(db: Database, corpus: CorpusOptions, embeddings: InsightEmbeddings | undefined, log: (line: string) => void) {
  const options = { db, relatedK: DEFAULT_RELATED_K, ...(embeddings && { embeddings }) };
  const enrichment = createEnrichment({ ...options, log, sweep: false });
  const total = (await enrichment.status()).waiting;
  let started = performance.now();
  enrichment.start();
  let lastLog = 0;
  for (;;) {
    await sleep(250);
    const status = await enrichment.status();
    if (performance.now() - lastLog > 30_000) {
      lastLog = performance.now();
      log(`enrichment: ${total - status.waiting}/${total} (${status.insightsPerSec ?? "–"}/s)`);
    }
    if (status.waiting === 0) break;
  }
  const fullSec = seconds(started);
  await enrichment.stop();
  const insightsPerSec = total / fullSec;
  log(`enrichment of ${total} insights${embeddings ? " with embedding" : ""}: ${fullSec.toFixed(1)} s, ${Math.round(insightsPerSec)}/s`);

  const fresh = [...syntheticInsights({ ...corpus, insights: 1_000 }, corpus.insights)];
  started = performance.now();
  await ingestInsights(db, fresh, { ...options, enrichment, waitForEnrichment: true });
  const incremental1kSec = seconds(started);
  log(`1,000 new insights written and enriched: ${incremental1kSec.toFixed(2)} s`);

  started = performance.now();
  const candidateRecall = await measureRecall(db, { sample: RECALL_SAMPLE, k: 10, weights: rankingWeightsFor(embeddings?.embedder) });
  log(`candidate recall of the exhaustive top 10 (${RECALL_SAMPLE} insights): ${candidateRecall.toFixed(3)} in ${seconds(started).toFixed(1)} s`);
  return { enrichment: { insightsPerSec, embedded: embeddings ? 1 : 0 }, related: { fullSec, incremental1kSec, candidateRecall } };
}
