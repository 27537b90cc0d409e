import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { launchNeo4j, type LocalNeo4j } from "../db";
import { type AppProcess, startAppProcess } from "../testing/appProcess";
import { reliabilityLog } from "../testing/reliabilityLog";

const log = reliabilityLog("start-without-neo4j");
let app: AppProcess | undefined;
let neo4j: LocalNeo4j | undefined;
let home: string | undefined;

afterAll(async () => {
  log.save();
  await app?.stop();
  await neo4j?.stop();
  if (home) await rm(home, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe("starting while Neo4j is unreachable", () => {
  it("serves anyway, says so in one line, answers 503 from /api/health and recovers when Neo4j comes up", async () => {
    const boltPort = await freePort();
    const started = Date.now();
    // `npm start`'s own entry point, with NEO4J_URI on a port where nothing listens yet.
    app = await startAppProcess("app", { env: { NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, API_TOKEN: "" }, timeoutMs: 60_000 });
    const warning = await app.waitForLine(/cannot reach/, 30_000);
    expect(warning).toMatch(/retrying every 5 s, \/api\/health answers 503/);

    const health = await fetch(`${app.baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect((await health.json()).error.code).toBe("database_unavailable");
    // Two retry periods later it has still said it once.
    await new Promise((done) => setTimeout(done, 11_000));
    expect(app.lines.filter((line) => /cannot reach/.test(line))).toHaveLength(1);
    expect(app.child.exitCode).toBeNull();
    log.record({ area: "faults", tried: "npm start's entry point with NEO4J_URI unreachable", happened: `kept running; one line: "${warning.slice(0, 60)}…"; /api/health 503; no further lines in 11 s`, passed: true });

    home = await mkdtemp(join(tmpdir(), "insight-graph-late-"));
    const neo4jStarted = Date.now();
    neo4j = await launchNeo4j({ home, port: boltPort, pageCacheMiB: 32, heap: "512m", log: () => undefined });
    await app.waitForLine(/is reachable again; schema applied/, 30_000);
    const recovered = await fetch(`${app.baseUrl}/api/health`);
    expect(recovered.status).toBe(200);
    log.record({ area: "faults", tried: "Neo4j comes up later on that address", happened: `schema applied and /api/health 200 ${Date.now() - neo4jStarted} ms after Neo4j began starting (${Math.round((Date.now() - started) / 1000)} s after the app)`, passed: true });

    await app.stop();
    expect(await app.exited).toBe(0);
    expect(app.lines).toContain("stopped cleanly");
    app = undefined;
  }, 180_000);
});
