import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { launchNeo4j, type LocalNeo4j } from "../db";
import { reliabilityLog } from "../testing/reliabilityLog";

const log = reliabilityLog("start-without-neo4j");
let server: ChildProcessWithoutNullStreams | undefined;
let neo4j: LocalNeo4j | undefined;
let home: string | undefined;

afterAll(async () => {
  log.save();
  server?.kill("SIGTERM");
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

/** `npm start`'s own entry point, with NEO4J_URI on a port where nothing listens yet. */
function startServer(boltPort: number) {
  const lines: string[] = [];
  const waiters: { pattern: RegExp; done: (line: string) => void }[] = [];
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: "0", HOST: "127.0.0.1", SAMPLE_DATA: "0", API_TOKEN: "" },
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (line) => {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(line))) waiter.done(line);
    });
  }
  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((line) => pattern.test(line));
      if (seen) return resolve(seen);
      const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in ${timeoutMs} ms:\n${lines.join("\n")}`)), timeoutMs);
      waiters.push({ pattern, done: (line) => (clearTimeout(timer), resolve(line)) });
    });
  return { child, lines, waitFor };
}

describe("starting while Neo4j is unreachable", () => {
  it("serves anyway, says so in one line, answers 503 from /api/health and recovers when Neo4j comes up", async () => {
    const boltPort = await freePort();
    const started = Date.now();
    const app = startServer(boltPort);
    server = app.child;
    const serving = await app.waitFor(/serving http:\/\/127\.0\.0\.1:\d+/, 60_000);
    const base = /http:\/\/127\.0\.0\.1:\d+/.exec(serving)![0];
    const warning = await app.waitFor(/cannot reach/, 30_000);
    expect(warning).toMatch(/retrying every 5 s, \/api\/health answers 503/);

    const health = await fetch(`${base}/api/health`);
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
    await app.waitFor(/is reachable again; schema applied/, 30_000);
    const recovered = await fetch(`${base}/api/health`);
    expect(recovered.status).toBe(200);
    log.record({ area: "faults", tried: "Neo4j comes up later on that address", happened: `schema applied and /api/health 200 ${Date.now() - neo4jStarted} ms after Neo4j began starting (${Math.round((Date.now() - started) / 1000)} s after the app)`, passed: true });

    server.kill("SIGTERM");
    const code = await new Promise<number | null>((done) => server!.once("exit", done));
    expect(code).toBe(0);
    expect(app.lines).toContain("stopped cleanly");
    server = undefined;
  }, 180_000);
});
