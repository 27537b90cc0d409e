import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { applySchema, createDriver, launchNeo4j } from "../db";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** One bundled Neo4j per test run: a free port, a temporary store, deleted afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const home = await mkdtemp(join(tmpdir(), "insight-graph-test-"));
  const neo4j = await launchNeo4j({ home, port: 0, pageCacheMiB: 64, heap: "768m", log: () => undefined });
  console.log(`test neo4j: ${neo4j.uri}, started in ${(neo4j.startedInMs / 1000).toFixed(1)} s`);
  // Once here, not per test file: concurrent CREATE CONSTRAINT statements race each other.
  const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
  await applySchema(driver, "neo4j").finally(() => driver.close());
  project.provide("neo4jUri", neo4j.uri);
  return async () => {
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  };
}
