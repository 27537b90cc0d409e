import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDriver } from "../driver";
import { launchNeo4j } from "./launch";

describe("the bundled Neo4j", () => {
  const homes: string[] = [];
  afterAll(() => Promise.all(homes.map((home) => rm(home, { recursive: true, force: true }))));

  it("keeps its data across a stop and a second start on the same store", async () => {
    const home = await mkdtemp(join(tmpdir(), "insight-graph-launch-"));
    homes.push(home);
    const query = async (uri: string, cypher: string) => {
      const driver = createDriver({ uri, user: "neo4j", password: "neo4j" });
      try {
        return (await driver.executeQuery(cypher, {}, { database: "neo4j" })).records.map((r) => r.toObject());
      } finally {
        await driver.close();
      }
    };

    const first = await launchNeo4j({ home, pageCacheMiB: 32, heap: "512m", log: () => undefined });
    await query(first.uri, "CREATE (:Probe {name: 'kept'})");
    await first.stop();

    const second = await launchNeo4j({ home, pageCacheMiB: 32, heap: "512m", log: () => undefined });
    try {
      expect(second.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(await query(second.uri, "MATCH (p:Probe) RETURN p.name AS name")).toEqual([{ name: "kept" }]);
    } finally {
      await second.stop();
    }
  });

  it("says clearly when a second Neo4j is started on a store in use", async () => {
    const home = await mkdtemp(join(tmpdir(), "insight-graph-launch-"));
    homes.push(home);
    const running = await launchNeo4j({ home, pageCacheMiB: 32, heap: "512m", log: () => undefined });
    try {
      await expect(launchNeo4j({ home, pageCacheMiB: 32, heap: "512m", log: () => undefined })).rejects.toThrow(/store is in use/);
    } finally {
      await running.stop();
    }
  });
});
