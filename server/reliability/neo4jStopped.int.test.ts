import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../testing/reliabilityLog";
import type { Database } from "../db";
import { createTestApp, type PrivateNeo4j, startPrivateNeo4j, uniqueTag } from "../testing/harness";

const log = reliabilityLog("neo4j-stopped");
let neo4j: PrivateNeo4j;
let real: Database;

/**
 * The real database, except that the next "ingest" transaction, once it has written everything,
 * waits (uncommitted) for the test to let it go: the moment to stop Neo4j under it.
 */
function pausableIngest(db: Database) {
  let pause: { reached: () => void; release: Promise<void> } | null = null;
  const wrapped: Database = {
    ...db,
    write: (name, work, options) => {
      const paused = async (tx: Parameters<typeof work>[0]) => {
        const result = await work(tx);
        const current = name === "ingest" ? pause : null;
        if (current) {
          pause = null;
          current.reached();
          await current.release;
        }
        return result;
      };
      return db.write(name, paused, options);
    },
  };
  const pauseNextIngest = () => {
    let reached!: () => void;
    let release!: () => void;
    const isReached = new Promise<void>((done) => (reached = done));
    pause = { reached, release: new Promise<void>((done) => (release = done)) };
    return { reached: isReached, release };
  };
  return { db: wrapped, pauseNextIngest };
}

// A Neo4j of this file's own: the test stops it.
beforeAll(async () => {
  neo4j = await startPrivateNeo4j("fault");
  real = neo4j.db;
});

afterAll(async () => {
  log.save();
  await neo4j?.close();
});

const episode = (tag: string) => ({
  title: `Fault episode ${tag}`,
  text: [
    `Guest: Sovereign AI (${tag}) means running adapted open-source models on national compute rather than training frontier models.`,
    `Guest: Fine-tuning an open model on local health data (${tag}) costs a fraction of pretraining and keeps the data in the country.`,
    `Guest: A government that depends on one foreign API provider (${tag}) accepts a vendor lock-in that can be switched off in a crisis.`,
  ].join("\n"),
});

const written = (tag: string) =>
  real.read("faultCheck", async (tx) => {
    const result = await tx.run(
      `CALL () { MATCH (s:Source) WHERE s.title = $title RETURN count(s) AS sources }
       CALL () { MATCH (i:Insight) WHERE i.text CONTAINS $tag RETURN count(i) AS insights }
       CALL () { MATCH (i:Insight)-[f:FROM]->() WHERE i.text CONTAINS $tag RETURN count(f) AS links }
       RETURN sources, insights, links`,
      { title: `Fault episode ${tag}`, tag },
    );
    return result.records[0]!.toObject() as { sources: number; insights: number; links: number };
  });

describe("Neo4j stopped in the middle of an ingest", () => {
  it("fails that source with 503, writes none of it, answers 503 while away and recovers by itself", async () => {
    const { db, pauseNextIngest } = pausableIngest(real);
    const app = createTestApp(db);
    await request(app).post("/api/sources").send(episode(uniqueTag())).expect(201);

    const tag = uniqueTag();
    const paused = pauseNextIngest();
    const ingest = request(app).post("/api/sources").send(episode(tag)).timeout(120_000).then((res) => res);
    await paused.reached;
    let started = Date.now();
    await neo4j.stop();
    const stopMs = Date.now() - started;
    paused.release();

    started = Date.now();
    const failed = await ingest;
    const failMs = Date.now() - started;
    expect(failed.status, JSON.stringify(failed.body)).toBe(503);
    expect(failed.body.error.code).toBe("database_unavailable");
    log.record({ area: "faults", tried: "Neo4j stopped while an ingest transaction was open (all rows written, not committed)", happened: `that POST /api/sources answered ${failed.status} ${failed.body.error.code} ${failMs} ms after the stop (stop took ${stopMs} ms)`, passed: true });

    const whileAway = await Promise.all(
      ["/api/health", "/api/topics", `/api/insights/${"a".repeat(32)}`].map(async (path) => {
        const t = Date.now();
        const res = await request(app).get(path).timeout(30_000);
        return { path, status: res.status, code: res.body?.error?.code, ms: Date.now() - t };
      }),
    );
    const writeWhileAway = await request(app).post("/api/insights").send({ insights: [{ text: `Written while away ${tag}.` }] }).timeout(30_000);
    // After the first failure the app pings before each request, so nobody waits out the driver's retries.
    for (const answer of whileAway) expect(answer).toMatchObject({ status: 503, code: "database_unavailable" });
    expect(Math.max(...whileAway.map((answer) => answer.ms))).toBeLessThan(2_000);
    expect(writeWhileAway.status).toBe(503);
    log.record({
      area: "faults",
      tried: "reads and a write while Neo4j is down",
      happened: `${whileAway.map((a) => `${a.path.replace("a".repeat(32), ":id")} ${a.status} in ${a.ms} ms`).join("; ")}; POST /api/insights ${writeWhileAway.status}`,
      passed: true,
    });

    started = Date.now();
    await neo4j.restart();
    let health = 0;
    while (health !== 200 && Date.now() - started < 60_000) {
      health = (await request(app).get("/api/health").timeout(30_000)).status;
      if (health !== 200) await new Promise((done) => setTimeout(done, 250));
    }
    const recoverMs = Date.now() - started;
    expect(health).toBe(200);
    expect(await written(tag)).toEqual({ sources: 0, insights: 0, links: 0 });
    log.record({ area: "faults", tried: "Neo4j started again on the same store; the app left running", happened: `health 200 ${recoverMs} ms after the restart began (same app, same driver); the failed source: 0 sources, 0 insights, 0 links`, passed: true });

    const retried = await request(app).post("/api/sources").send(episode(tag)).expect(201);
    const after = await written(tag);
    expect(after).toEqual({ sources: 1, insights: retried.body.insights.length, links: retried.body.insights.length });
    expect(after.insights).toBeGreaterThan(0);
    log.record({ area: "faults", tried: "the failed source sent again after recovery", happened: `201: 1 source, ${after.insights} insights, ${after.links} links`, passed: true });
  }, 240_000);
});
