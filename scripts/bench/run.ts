import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { applySchema, createDatabase, createDriver, launchNeo4j } from "../../server/db";
import { type BenchResults, printTable } from "./results";
import { benchHttp } from "./httpRounds";
import { benchEmbedding } from "./embedding";
import { extractionWordsPerSec } from "./extraction";
import { benchEnrichment, benchIngest } from "./graphBench";
import { createEmbeddings } from "../../server/embeddings";
import { DEFAULT_LOCAL_MODEL } from "../../server/embeddings/local/models";

/**
 * `npm run bench`: a fresh bundled Neo4j of its own, a synthetic corpus at the chosen scale, then
 * ingest, related, HTTP, extraction and memory figures from one run. Figures are single-run
 * numbers on a shared 2-core machine: compare ratios within a run, not across runs.
 */
const { values } = parseArgs({
  options: {
    insights: { type: "string", default: "100000" },
    quick: { type: "boolean", default: false },
    out: { type: "string", default: "bench-results.json" },
    seconds: { type: "string" },
    "no-embeddings": { type: "boolean", default: false },
    // The write path and its two references only (a few minutes), for checking a change to writes.
    "ingest-only": { type: "boolean", default: false },
  },
});
const insights = values.quick ? 10_000 : Number(values.insights);
if (!Number.isInteger(insights) || insights < 1_000) throw new Error("--insights must be a whole number ≥ 1000");
const topics = Math.max(200, Math.round(insights / 33));
const seconds = Number(values.seconds ?? (values.quick ? 5 : 10));
const log = (line: string) => console.log(`bench: ${line}`);

const home = await mkdtemp(join(tmpdir(), "insight-graph-bench-"));
const neo4j = await launchNeo4j({ home, pageCacheMiB: 1024, heap: "3g", log });
const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
const db = createDatabase(driver, "neo4j");
try {
  log(`Neo4j at ${neo4j.uri}; ${insights} insights over ${topics} topics`);
  await applySchema(driver, "neo4j");
  const ingest = await benchIngest(db, driver, { insights, topics }, log);
  if (values["ingest-only"]) {
    const { insightsPerSec, rawCreatePerSec, naivePerSec } = ingest.figures;
    log(`ingest: ${(insightsPerSec / rawCreatePerSec).toFixed(2)}× the raw UNWIND CREATE rate, ${(insightsPerSec / naivePerSec).toFixed(1)}× the naive loop`);
  } else {
    // The local model, as `npm start` runs it: enrichment figures include embedding (--no-embeddings leaves it out).
    const embeddings = values["no-embeddings"] ? undefined : createEmbeddings({ EMBEDDINGS: "local", EMBEDDINGS_MODEL: DEFAULT_LOCAL_MODEL, EMBEDDINGS_THREADS: 1 });
    const { enrichment, related } = await benchEnrichment(db, { insights, topics }, embeddings, log);
    const http = await benchHttp(neo4j.uri, db, { connections: 50, seconds }, log);
    const results: BenchResults = {
      scale: { insights: ingest.insightCount, topics: ingest.topicCount },
      ingest: ingest.figures,
      enrichment,
      related,
      http: http.figures,
      extraction: { wordsPerSec: await extractionWordsPerSec() },
      embedding: await benchEmbedding(),
      memory: { serverPeakRssMb: http.serverPeakRssMb },
    };
    await writeFile(values.out, `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
    log(`wrote ${values.out}`);
  }
} finally {
  await db.close();
  await neo4j.stop();
  await rm(home, { recursive: true, force: true });
}
