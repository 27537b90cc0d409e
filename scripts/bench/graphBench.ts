import type { InsightId } from "@shared/ids";
import type { Driver } from "neo4j-driver";
import { BATCH_WRITE_TIMEOUT_MS, type Database } from "../../server/db";
import { insightIdOf } from "../../server/ingest/ids";
import { ingestInsights } from "../../server/ingest/ingest";
import { DEFAULT_RELATED_K, refreshAfterIngest } from "../../server/related/refresh";
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

const seconds = (started: number) => (performance.now() - started) / 1000;

/** Insights per second through the product's ingest path, and the two yardsticks on the same rows. */
export async function benchIngest(db: Database, driver: Driver, corpus: CorpusOptions, log: (line: string) => void) {
  let done = 0;
  let started = performance.now();
  for (const batch of inBatches(syntheticInsights(corpus), BATCH)) {
    await ingestInsights(db, batch, { relatedK: DEFAULT_RELATED_K });
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

/** Related lists for the whole graph from scratch, then the update after 1,000 new insights. */
export async function benchRelated(db: Database, corpus: CorpusOptions, log: (line: string) => void) {
  const ids = [...syntheticInsights(corpus)].map((insight) => insightIdOf(insight.text) as InsightId);
  let started = performance.now();
  for (const batch of inBatches(ids, BATCH)) {
    await db.write("benchRelatedFull", (tx) => refreshAfterIngest(tx, { insightIds: batch, topicSlugs: [], topicPairs: [] }, DEFAULT_RELATED_K), {
      timeoutMs: BATCH_WRITE_TIMEOUT_MS,
    });
  }
  const fullSec = seconds(started);
  log(`related, whole graph: ${fullSec.toFixed(1)} s`);

  const fresh = [...syntheticInsights({ ...corpus, insights: 1_000 }, corpus.insights)];
  started = performance.now();
  await ingestInsights(db, fresh, { relatedK: DEFAULT_RELATED_K });
  const incremental1kSec = seconds(started);
  log(`1,000 new insights with their related lists: ${incremental1kSec.toFixed(2)} s`);
  return { fullSec, incremental1kSec };
}
