import { join } from "node:path";
import type { Server } from "node:http";
import { createApp } from "./app";
import { answerClientErrors } from "./middleware/clientErrors";
import { LauncherSetupError, connect, prepareWhenReachable } from "./db";
import { EmbeddingIndexError, ModelFileError, prepareEmbeddings } from "./embeddings";
import { createEnrichment } from "./enrichment";
import { EnvError, loadEnv } from "./env";
import { createExtractor } from "./extract";
import { countStaleEmbeddings } from "./repositories/embeddings";
import { createRelationLabeller } from "./relations/llm/openai";
import { loadSampleIfEmpty } from "./sample/loadSample";
import { DEFAULT_RELATED_K } from "./related/refresh";
import { startFollowing } from "./feeds/start";
import { applyVocabularyFile } from "./topics/applyVocabulary";

const log = (line: string) => console.log(line);

/** `npm start`: env → Neo4j (bundled unless NEO4J_URI) → schema and sample → HTTP. */
async function main(): Promise<void> {
  const env = loadEnv();
  const extractor = await createExtractor(env);
  const embeddings = await prepareEmbeddings(env, log);
  const graph = await connect(env, log);
  const { db } = graph;

  // One queue per server: its worker enriches what any writer (this server, the CLI, another server) queued.
  const relationLabeller = await createRelationLabeller(env, log);
  const enrichment = createEnrichment({
    db,
    relatedK: DEFAULT_RELATED_K,
    ...(embeddings && { embeddings }),
    ...(relationLabeller && { relationLabeller }),
    log,
    ...(env.ENRICH_LEASE_SECONDS && { settings: { leaseMs: env.ENRICH_LEASE_SECONDS * 1000 } }),
    ...(env.ENRICH_BATCH_SIZE && { batchSize: env.ENRICH_BATCH_SIZE }),
  });
  const ingestOptions = { relatedK: DEFAULT_RELATED_K, ...(embeddings && { embeddings }), enrichment, waitForEnrichment: false };
  const following = startFollowing(env, { db, extractor, options: ingestOptions }, log);
  const app = createApp({
    db,
    enrichment,
    extractor,
    relatedK: DEFAULT_RELATED_K,
    embeddings,
    apiToken: env.API_TOKEN,
    writesPerMinute: env.WRITES_PER_MINUTE,
    clientDir: join(process.cwd(), "dist/client"),
    ...following.appDeps,
  });
  const server = await listen(app, env.PORT, env.HOST);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  log(`insight graph: serving http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${port}`);

  const shutdown = new AbortController();
  let stopping = false;
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping…`);
    shutdown.abort();
    await following.stop();
    await enrichment.stop();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await graph.close();
    log("stopped cleanly");
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  if (!(await prepareWhenReachable(graph.driver, graph.database, graph.uri, log, shutdown.signal))) return;
  // With a configured width the index is made (or checked) now; otherwise at the first embedding.
  const width = embeddings?.embedder.dimensions;
  if (embeddings && width !== undefined) {
    try {
      await embeddings.ensureIndex(db, width);
      log(`embeddings: vector index of ${width} dimensions ready`);
      const stale = await db.read("staleEmbeddings", (tx) => countStaleEmbeddings(tx, embeddings.embedder.model));
      if (stale > 0) log(`embeddings: ${stale} insights have no embedding by ${embeddings.embedder.model} yet (built before, or with another model): run npm run reembed`);
    } catch (error) {
      if (!(error instanceof EmbeddingIndexError)) throw error;
      console.error(error.message);
      // Stop the bundled Neo4j too: serving would only fail every ingest with the same message.
      return stop("embedding index mismatch", 1);
    }
  }
  await applyVocabularyFile(db, env, log);
  if (env.SAMPLE_DATA) {
    // The sample waits for its enrichment: a first visit then finds related lists and themes.
    const report = await loadSampleIfEmpty(db, extractor, { ...ingestOptions, waitForEnrichment: true }, log);
    if (report) log(`sample: loaded ${report.sources} sources, ${report.insights} insights (SAMPLE_DATA=0 turns this off)`);
  }
  // Polling, the daily brief and the enrichment worker start once the schema is there, never in tests (they call createApp).
  following.start();
  enrichment.start();
}

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, () => resolve(server));
    answerClientErrors(server);
    server.once("error", reject);
  });
}

main().catch((error: unknown) => {
  // Configuration and setup problems are explained in their message; anything else needs its stack.
  const expected = error instanceof EnvError || error instanceof LauncherSetupError || error instanceof ModelFileError;
  console.error(expected ? error.message : error);
  process.exit(1);
});
