import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applySchema, createDatabase, createDriver, type Database, launchNeo4j } from "../../server/db";
import { type InsightEmbeddings, prepareEmbeddings } from "../../server/embeddings";
import { loadEnv } from "../../server/env";

/**
 * Runs an evaluation against a private, empty Neo4j with the app's schema and the configured
 * embeddings (the local model by default), then stops it and deletes its files: a public set
 * never mixes with a user's graph or with another run.
 */
export async function withEvalGraph(work: (db: Database, embeddings: InsightEmbeddings | undefined) => Promise<void>): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), "insight-graph-eval-"));
  const neo4j = await launchNeo4j({ home, port: 0, pageCacheMiB: 256, heap: "2g", log: () => undefined });
  const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
  const db = createDatabase(driver, "neo4j");
  try {
    await applySchema(driver, "neo4j");
    await work(db, await prepareEmbeddings(loadEnv(), (line) => console.log(line)));
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}
