import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { applySchema, createDatabase, createDriver, launchNeo4j } from "../../server/db";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { loadSample } from "../../server/sample/loadSample";
import { reliabilityLog } from "../../server/testing/reliabilityLog";
import { loadEndpoint, startServer } from "./http";
import { DEFAULT_RELATED_K } from "../../server/related/refresh";

/**
 * `npm run bench:load`: the read endpoints under steady load, several rounds in a row, against the
 * real server as its own process on loopback over a bundled Neo4j holding the sample corpus.
 * Prints p99, errors and the server's resident memory after each round: a leak shows as RSS
 * climbing round after round. Not part of `npm test`.
 */
const { values } = parseArgs({
  options: { seconds: { type: "string", default: "30" }, connections: { type: "string", default: "50" }, rounds: { type: "string", default: "3" } },
});
const load = { seconds: Number(values.seconds), connections: Number(values.connections) };
const rounds = Number(values.rounds);
const log = (line: string) => console.log(line);

const residentMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;

const home = await mkdtemp(join(tmpdir(), "insight-graph-load-"));
const neo4j = await launchNeo4j({ home, pageCacheMiB: 256, heap: "1g", log: () => undefined });
const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
const db = createDatabase(driver, "neo4j");
const report = reliabilityLog("load");
try {
  await applySchema(driver, "neo4j");
  await loadSample(db, createHeuristicExtractor(), { relatedK: DEFAULT_RELATED_K }, () => undefined);
  const { ids, slugs } = await db.read("loadSample", async (tx) => ({
    ids: (await tx.run("MATCH (i:Insight) RETURN i.id AS id")).records.map((r) => r.get("id") as string),
    slugs: (await tx.run("MATCH (t:Topic) WHERE t.insightCount > 0 RETURN t.slug AS slug")).records.map((r) => r.get("slug") as string),
  }));
  log(`load: sample corpus loaded (${ids.length} insights, ${slugs.length} topics); ${rounds} rounds of ${load.seconds} s, ${load.connections} connections`);

  // Every read a person's browser makes, in turn, over every insight and topic.
  let turn = 0;
  const pick = <T>(items: readonly T[]) => items[turn % items.length]!;
  const reads = [
    () => "/api/topics?limit=50",
    () => "/api/graph/topics?limit=100",
    () => `/api/topics/${pick(slugs)}`,
    () => `/api/insights/${pick(ids)}`,
    () => `/api/insights/${pick(ids)}/related?limit=10`,
    () => `/api/search?q=${pick(["sovereign", "open models", "compute", "lock-in"])}`,
  ];
  const nextPath = () => reads[turn++ % reads.length]!();

  const server = await startServer(neo4j.uri);
  try {
    const pid = server.child.pid!;
    log(`idle: RSS ${residentMb(pid).toFixed(0)} MiB`);
    // A short warm-up first (JIT, Neo4j's query plans, the theme refresh), so rounds compare like with like.
    const warm = await loadEndpoint(server.baseUrl, nextPath, { ...load, seconds: Math.min(10, load.seconds) });
    log(`warm-up: p99 ${warm.p99Ms.toFixed(0)} ms, ${warm.errors} errors, RSS ${residentMb(pid).toFixed(0)} MiB`);
    const rss: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const figures = await loadEndpoint(server.baseUrl, nextPath, load);
      rss.push(residentMb(pid));
      const line = `p50 ${figures.p50Ms.toFixed(0)} ms, p99 ${figures.p99Ms.toFixed(0)} ms, ${Math.round(figures.rps)} req/s, ${figures.errors} errors, RSS ${rss.at(-1)!.toFixed(0)} MiB`;
      log(`round ${round}: ${line}`);
      report.record({ area: "load", tried: `round ${round}: ${load.connections} connections for ${load.seconds} s over 6 read endpoints`, happened: line, passed: figures.errors === 0 });
    }
    const growth = rss.at(-1)! - rss[0]!;
    log(`RSS from round 1 to round ${rounds}: ${growth >= 0 ? "+" : ""}${growth.toFixed(0)} MiB`);
    report.record({ area: "load", tried: `memory across ${rounds} rounds`, happened: `RSS ${rss.map((r) => r.toFixed(0)).join(" → ")} MiB`, passed: growth < 0.2 * rss[0]! });
  } finally {
    await server.stop();
  }
} finally {
  report.save();
  await db.close();
  await neo4j.stop();
  await rm(home, { recursive: true, force: true });
}
