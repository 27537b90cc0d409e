import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NewInsight } from "@shared/api/insights";
import { inject } from "vitest";
import { type AppDeps, createApp } from "../app";
import { applySchema, createDatabase, createDriver, type Database, type LocalNeo4j, launchNeo4j } from "../db";
import { createHeuristicExtractor } from "../extract/heuristic";
import { DEFAULT_RELATED_K } from "../related/refresh";

/** A database handle on the run's shared test Neo4j (see server/testing/neo4jGlobalSetup.ts). */
export function connectTestDatabase(): Database {
  const driver = createDriver({ uri: inject("neo4jUri"), user: "neo4j", password: "neo4j" });
  return createDatabase(driver, "neo4j");
}

/**
 * The app as tests drive it: writes wait for their insights' enrichment (as `?wait=1` would), so a
 * test reads related lists right after a write; pass `waitForEnrichment: false` to see the queue.
 */
export function createTestApp(db: Database, overrides: Partial<Pick<AppDeps, "apiToken" | "waitForEnrichment" | "feedSettings">> = {}) {
  return createApp({ db, extractor: createHeuristicExtractor(), relatedK: DEFAULT_RELATED_K, log: () => undefined, waitForEnrichment: true, ...overrides });
}

/** A short random tag that keeps one test's topics and texts apart from every other test's. */
export const uniqueTag = () => `t${randomUUID().replaceAll("-", "").slice(0, 10)}`;

/** An insight with a unique text; pass topics that carry the test's tag to keep them private too. */
export function buildInsight(tag: string, overrides: Partial<NewInsight> = {}): NewInsight {
  return {
    text: `Claim ${uniqueTag()} for ${tag}: nations adapt open models to their own data and hardware.`,
    topics: [`${tag} alpha`],
    ...overrides,
  };
}

/** A Neo4j of a test file's own, for tests that stop it or empty it (the shared one must never be). */
export interface PrivateNeo4j {
  /** Its store folder, also a place for the test's files; deleted by `close`. */
  readonly home: string;
  readonly uri: string;
  readonly db: Database;
  /** Stops the server (the driver stays, as an app's would). */
  stop(): Promise<void>;
  /** Starts it again on the same store and port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** `schema: false` leaves the store empty, as a fresh database is before the first app starts. */
export async function startPrivateNeo4j(name: string, options: { schema?: boolean } = {}): Promise<PrivateNeo4j> {
  const home = await mkdtemp(join(tmpdir(), `insight-graph-${name}-`));
  const launch = (port?: number) => launchNeo4j({ home, port, pageCacheMiB: 32, heap: "512m", log: () => undefined });
  let neo4j: LocalNeo4j = await launch();
  const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
  if (options.schema !== false) await applySchema(driver, "neo4j");
  const db = createDatabase(driver, "neo4j");
  return {
    home,
    uri: neo4j.uri,
    db,
    stop: () => neo4j.stop(),
    restart: async () => {
      neo4j = await launch(neo4j.port);
    },
    close: async () => {
      await db.close();
      await neo4j.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
