import { randomUUID } from "node:crypto";
import type { NewInsight } from "@shared/api/insights";
import { inject } from "vitest";
import { createApp } from "../app";
import { createDatabase, createDriver, type Database } from "../db";
import { createHeuristicExtractor } from "../extract/heuristic";

/** A database handle on the run's shared test Neo4j (see scripts/test/neo4jGlobalSetup.ts). */
export function connectTestDatabase(): Database {
  const driver = createDriver({ uri: inject("neo4jUri"), user: "neo4j", password: "neo4j" });
  return createDatabase(driver, "neo4j");
}

export function createTestApp(db: Database, overrides: { apiToken?: string } = {}) {
  return createApp({ db, extractor: createHeuristicExtractor(), relatedK: 10, log: () => undefined, ...overrides });
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
