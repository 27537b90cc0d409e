import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { applySchema, createDatabase, createDriver, launchNeo4j } from "../../server/db";
import { ingestInsights } from "../../server/ingest/ingest";
import { inBatches, syntheticInsights } from "./corpus";
import { timedDatabase } from "./queryTimings";
import { DEFAULT_RELATED_K } from "../../server/related/refresh";

/**
 * `npm run bench:profile`: where the ingest path spends its time. Loads the synthetic corpus of
 * `npm run bench` into a fresh Neo4j in batches of 1,000 through the product's ingest, then prints
 * the time per query (summed over batches) and the time spent in Node between queries, for the
 * last `--measure` insights only, when the graph is nearly full-size.
 */
const { values } = parseArgs({
  options: { insights: { type: "string", default: "10000" }, measure: { type: "string", default: "2000" } },
});
const insights = Number(values.insights);
const measure = Math.min(Number(values.measure), insights);
const topics = Math.max(200, Math.round(insights / 33));
const BATCH = 1_000;

const home = await mkdtemp(join(tmpdir(), "insight-graph-profile-"));
const neo4j = await launchNeo4j({ home, pageCacheMiB: 1024, heap: "3g", log: (line) => console.log(`profile: ${line}`) });
const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
const db = createDatabase(driver, "neo4j");
try {
  await applySchema(driver, "neo4j");
  const timed = timedDatabase(db);
  let done = 0;
  let measuredFrom = 0;
  for (const batch of inBatches(syntheticInsights({ insights, topics }), BATCH)) {
    const profiled = done >= insights - measure;
    if (profiled && measuredFrom === 0) measuredFrom = performance.now();
    await ingestInsights(profiled ? timed.db : db, batch, { relatedK: DEFAULT_RELATED_K });
    done += batch.length;
    console.log(`profile: ${done}/${insights}`);
  }
  const seconds = (performance.now() - measuredFrom) / 1000;
  console.log(`\nlast ${measure} of ${insights} insights (${topics} topics): ${seconds.toFixed(2)} s, ${Math.round(measure / seconds)} insights/s\n`);
  console.log(timed.report());
} finally {
  await db.close();
  await neo4j.stop();
  await rm(home, { recursive: true, force: true });
}
