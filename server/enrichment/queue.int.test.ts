import type { InsightId } from "@shared/ids";
import { setTimeout as sleep } from "node:timers/promises";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { ingestInsights } from "../ingest/ingest";
import { DEFAULT_RELATED_K } from "../related/refresh";
import { claimBatch } from "../repositories/enrichmentQueue";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";
import { DEFAULT_QUEUE_SETTINGS, type Enrichment, createEnrichment } from ".";
import { runBatch } from "./runBatch";
import { type EnrichmentStage, defineStage } from "./stage";
import { STAGES } from "./stages";

// Two handles with a driver each: as two app servers sharing one database.
const db = connectTestDatabase();
const other = connectTestDatabase();
const started: Enrichment[] = [];
afterAll(async () => {
  await Promise.all(started.map((enrichment) => enrichment.stop()));
  await Promise.all([db.close(), other.close()]);
});

const context = { db, relatedK: DEFAULT_RELATED_K };
const queued = (tag: string, count: number) =>
  ingestInsights(
    db,
    Array.from({ length: count }, (_, n) => ({
      text: `${tag} claim ${n}: region ${n % 3} builds ${["chip fabs", "data centres", "grid links"][n % 3]} for sovereign compute.`,
      topics: [`${tag} compute`, `${tag} region ${n % 3}`],
    })),
    { ...context, waitForEnrichment: false },
  );

const rows = <T>(query: string, params: Record<string, unknown>) =>
  db.read("test", async (tx) => (await tx.run(query, params)).records.map((record) => record.toObject() as T));

/** Everything the queue derives for a tag's insights, to compare before and after a repeat. */
const derived = (tag: string) =>
  rows<{ pair: string; count: number }>(
    `MATCH (a:Topic)-[c:CO_OCCURS]->(b:Topic) WHERE a.slug STARTS WITH $tag RETURN a.slug + '|' + b.slug AS pair, c.count AS count ORDER BY pair`,
    { tag },
  ).then(async (pairs) => ({
    pairs,
    topics: await rows<{ slug: string; n: number }>(`MATCH (t:Topic) WHERE t.slug STARTS WITH $tag RETURN t.slug AS slug, t.insightCount AS n ORDER BY slug`, { tag }),
    related: await rows<{ id: string; n: number; distinct: number }>(
      `MATCH (i:Insight)-[r:RELATED_TO]->(j) WHERE i.text STARTS WITH $tag RETURN i.id AS id, count(r) AS n, count(DISTINCT j) AS distinct ORDER BY id`,
      { tag },
    ),
    terms: await rows<{ df: number }>(`MATCH (t:Term {lemma: $lemma}) RETURN t.df AS df`, { lemma: tag }),
  }));

/** Whether a claim waits for another transaction's locks (Neo4j lists it as "Blocked by: ..."). */
const blockedClaims = async () =>
  (
    await rows<{ n: number }>(
      "SHOW TRANSACTIONS YIELD currentQuery, status WHERE status STARTS WITH 'Blocked' AND currentQuery CONTAINS 'SET i.enrichLease = $lease' RETURN count(*) AS n",
      {},
    )
  )[0]!.n > 0;

const stageOf = (ids: readonly string[]) =>
  rows<{ stage: string | null; enriched: boolean }>(`UNWIND $ids AS id MATCH (i:Insight {id: id}) RETURN i.enrichStage AS stage, i.enrichedAt IS NOT NULL AS enriched`, { ids });

describe("writes answered at once", () => {
  it("leave new insights queued, say their list is being computed, and ?wait=1 waits for it", async () => {
    const tag = uniqueTag();
    const app = createTestApp(db, { waitForEnrichment: false });
    const [first] = (await request(app).post("/api/insights").send({ insights: [{ text: `${tag} open weights let ministries audit models.`, topics: [`${tag} audit`] }] }).expect(201))
      .body.insights as { id: string }[];
    expect(await stageOf([first!.id])).toEqual([{ stage: STAGES[0]!.name, enriched: false }]);
    const pending = await request(app).get(`/api/insights/${first!.id}/related`).expect(200);
    expect(pending.body).toEqual({ related: [], computing: true });
    const status = await request(app).get("/api/status").expect(200);
    expect(status.body.enrichment.waitingForRelated).toBeGreaterThanOrEqual(1);
    expect(status.body.enrichment.stages.map((s: { stage: string }) => s.stage)).toEqual(STAGES.map((s) => s.name));

    const [second] = (
      await request(app)
        .post("/api/insights?wait=1")
        .send({ insights: [{ text: `${tag} ministries audit open weights models before use.`, topics: [`${tag} audit`] }] })
        .expect(201)
    ).body.insights as { id: string }[];
    expect(await stageOf([second!.id])).toEqual([{ stage: null, enriched: true }]);
    const listed = await request(app).get(`/api/insights/${second!.id}/related`).expect(200);
    expect(listed.body.related.map((r: { id: string }) => r.id)).toContain(first!.id);
    expect(listed.body).not.toHaveProperty("computing");
    // Leave nothing queued in the shared database: other files' pages would say lists are on the way.
    await createEnrichment(context).waitFor([first!.id as InsightId]);
    expect(await stageOf([first!.id])).toEqual([{ stage: null, enriched: true }]);
  });
});

describe("a crash mid-queue", () => {
  it("is resumed once the lease runs out: nothing lost, nothing done twice", async () => {
    const tag = uniqueTag();
    const insights = await queued(tag, 12);
    const ids = insights.map((i) => i.id);
    // A worker claims the batch and dies before committing anything.
    const dead = `dead-${tag}`;
    const taken = await db.write("test", (tx) => claimBatch(tx, { stage: STAGES[0]!.name, lease: dead, leaseMs: 400, limit: 100, only: ids }));
    expect(taken.sort()).toEqual([...ids].sort());

    const resumed = createEnrichment({ ...context, db: other });
    await resumed.waitFor(ids);
    expect((await stageOf(ids)).every((row) => row.enriched && row.stage === null)).toBe(true);
    const once = await derived(tag);
    // Exact counts: each region's topic pairs with the shared one as often as insights say both.
    expect(once.topics.find((t) => t.slug.endsWith("compute"))?.n).toBe(12);
    expect(once.pairs.map((p) => p.count).sort()).toEqual([4, 4, 4]);
    expect(once.terms).toEqual([{ df: 12 }]);
    expect(once.related.every((row) => row.n === row.distinct && row.n <= DEFAULT_RELATED_K)).toBe(true);

    // The dead worker comes back and finishes its stale batch: its lease is gone, so nothing is written.
    const late = await runBatch(context, STAGES, 0, ids as InsightId[], dead, DEFAULT_QUEUE_SETTINGS);
    expect(late.done).toEqual([]);
    // Every later step too: a stale lease writes nothing at any stage.
    for (const index of STAGES.keys()) expect((await runBatch(context, STAGES, index, ids as InsightId[], dead, DEFAULT_QUEUE_SETTINGS)).done).toEqual([]);
    expect(await derived(tag)).toEqual(once);
  });
});

describe("two app servers on one database", () => {
  it("never take the same insight in concurrent claims", async () => {
    const tag = uniqueTag();
    const insights = await queued(tag, 40);
    const ids = insights.map((i) => i.id);
    const stage = `test-claim-${tag}`;
    await db.write("test", (tx) => tx.run("UNWIND $ids AS id MATCH (i:Insight {id: id}) SET i.enrichStage = $stage", { ids, stage }));
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, n) => (n % 2 ? db : other).write("test", (tx) => claimBatch(tx, { stage, lease: `w${n}`, leaseMs: 60_000, limit: 6 }))),
    );
    const all = claims.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(40);
  });

  it("never put a late claim's lease on insights a slow batch moved on meanwhile", async () => {
    const tag = uniqueTag();
    const ids = (await queued(tag, 3)).map((i) => i.id);
    const [slow, next] = [`test-slow-${tag}`, `test-next-${tag}`];
    await db.write("test", (tx) => tx.run("UNWIND $ids AS id MATCH (i:Insight {id: id}) SET i.enrichStage = $slow", { ids, slow }));
    let started!: () => void;
    let finish!: () => void;
    const applying = new Promise<void>((done) => (started = done));
    const gate = new Promise<void>((done) => (finish = done));
    const stages = [
      defineStage({ name: slow, apply: async () => (started(), await gate) }),
      defineStage({ name: next, apply: async () => undefined }),
    ];
    const settings = { ...DEFAULT_QUEUE_SETTINGS, leaseMs: 300 };
    expect((await db.write("test", (tx) => claimBatch(tx, { stage: slow, lease: "slow", leaseMs: 300, limit: 10, only: ids }))).sort()).toEqual([...ids].sort());
    // The slow worker holds its insights in its transaction while its lease runs out.
    const batch = runBatch(context, stages, 0, ids as InsightId[], "slow", settings);
    await applying;
    await sleep(400);
    // Another server sees the lease gone and claims: it waits for the slow transaction's locks.
    const late = other.write("test", (tx) => claimBatch(tx, { stage: slow, lease: "late", leaseMs: 60_000, limit: 10, only: ids }));
    let blocked = false;
    for (let waited = 0; waited < 300 && !blocked; waited++) blocked = (await blockedClaims()) || (await sleep(50), false);
    finish();
    expect(blocked).toBe(true);
    expect((await batch).done.length).toBe(3);
    expect(await late).toEqual([]);
    const leases = await rows<{ stage: string; lease: string | null }>("UNWIND $ids AS id MATCH (i:Insight {id: id}) RETURN i.enrichStage AS stage, i.enrichLease AS lease", { ids });
    expect(leases).toEqual(ids.map(() => ({ stage: next, lease: null })));
    // So the next step takes them at once, and finishes them (nothing stays queued in the shared database).
    const rest = await db.write("test", (tx) => claimBatch(tx, { stage: next, lease: "rest", leaseMs: 60_000, limit: 10, only: ids }));
    expect((await runBatch(context, stages, 1, rest, "rest", settings)).done.length).toBe(3);
  });

  it("drain the queue together, each insight's step run exactly once", async () => {
    const tag = uniqueTag();
    const insights = await queued(tag, 30);
    const ids = insights.map((i) => i.id);
    const stage = `test-count-${tag}`;
    await db.write("test", (tx) => tx.run("UNWIND $ids AS id MATCH (i:Insight {id: id}) SET i.enrichStage = $stage", { ids, stage }));
    const counting = defineStage({
      name: stage,
      apply: async (tx, held) => {
        await tx.run("UNWIND $held AS id MATCH (i:Insight {id: id}) SET i.runs = coalesce(i.runs, 0) + 1", { held });
      },
    });
    const stages: EnrichmentStage[] = [counting];
    for (const handle of [db, other]) {
      const enrichment = createEnrichment({ ...context, db: handle, stages, batchSize: 4, idleMs: 20, sweep: false });
      started.push(enrichment);
      enrichment.start();
    }
    for (let waited = 0; waited < 200; waited++) {
      const left = await rows<{ n: number }>("UNWIND $ids AS id MATCH (i:Insight {id: id}) WHERE i.enrichStage IS NOT NULL RETURN count(i) AS n", { ids });
      if (left[0]?.n === 0) break;
      await sleep(100);
    }
    const runs = await rows<{ runs: number }>("UNWIND $ids AS id MATCH (i:Insight {id: id}) RETURN i.runs AS runs", { ids });
    expect(runs.map((r) => r.runs)).toEqual(ids.map(() => 1));
  });
});

describe("a stage that takes fewer insights a batch", () => {
  it("is given batches of at most its limit, by the worker and by a caller that waits, and still takes every insight once", async () => {
    const tag = uniqueTag();
    const ids = (await queued(tag, 10)).map((i) => i.id);
    const stage = `test-small-${tag}`;
    await db.write("test", (tx) => tx.run("UNWIND $ids AS id MATCH (i:Insight {id: id}) SET i.enrichStage = $stage", { ids, stage }));
    const sizes: number[] = [];
    const small = defineStage({
      name: stage,
      batchLimit: () => 3,
      apply: async (tx, held) => {
        sizes.push(held.length);
        await tx.run("UNWIND $held AS id MATCH (i:Insight {id: id}) SET i.runs = coalesce(i.runs, 0) + 1", { held });
      },
    });
    await createEnrichment({ ...context, stages: [small], batchSize: 8, sweep: false }).waitFor(ids as InsightId[]);
    expect(Math.max(...sizes)).toBe(3);
    const runs = await rows<{ runs: number }>("UNWIND $ids AS id MATCH (i:Insight {id: id}) RETURN i.runs AS runs", { ids });
    expect(runs.map((r) => r.runs)).toEqual(ids.map(() => 1));
  });
});

describe("a caller that waits for many insights", () => {
  it("takes them through in parts of a batch, a part's model step overlapping the next steps of the part before", async () => {
    const tag = uniqueTag();
    const ids = (await queued(tag, 10)).map((i) => i.id);
    const [model, graph] = [`test-model-${tag}`, `test-graph-${tag}`];
    await db.write("test", (tx) => tx.run("UNWIND $ids AS id MATCH (i:Insight {id: id}) SET i.enrichStage = $model", { ids, model }));
    const events: string[] = [];
    // One model thread, as in the product: model calls run one after another, whoever asks.
    let modelThread = Promise.resolve();
    const stages = [
      defineStage({
        name: model,
        prepare: async (_context, held) => {
          const turn = modelThread.then(async () => {
            events.push(`model ${held.length}`);
            await sleep(400);
          });
          modelThread = turn;
          await turn;
          return undefined;
        },
        apply: async () => undefined,
      }),
      defineStage({
        name: graph,
        apply: async (tx, held) => {
          events.push(`graph ${held.length}`);
          await tx.run("UNWIND $held AS id MATCH (i:Insight {id: id}) SET i.runs = coalesce(i.runs, 0) + 1", { held });
        },
      }),
    ];
    await createEnrichment({ ...context, stages, batchSize: 4, sweep: false }).waitFor(ids as InsightId[]);
    const runs = await rows<{ runs: number }>("UNWIND $ids AS id MATCH (i:Insight {id: id}) RETURN i.runs AS runs", { ids });
    expect(runs.map((r) => r.runs)).toEqual(ids.map(() => 1));
    expect(events.filter((e) => e.startsWith("model")).sort()).toEqual(["model 2", "model 4", "model 4"]);
    // The second part's model call began as soon as the first part's ended, before that part's graph step.
    expect(events.slice(0, 2)).toEqual(["model 4", "model 4"]);
  });
});

describe("an insight that fails", () => {
  it("is retried, then parked with its reason, and never holds back the rest", async () => {
    const tag = uniqueTag();
    const insights = await queued(tag, 6);
    const ids = insights.map((i) => i.id);
    const bad = ids[2]!;
    const stage = `test-fail-${tag}`;
    await db.write("test", (tx) => tx.run("UNWIND $ids AS id MATCH (i:Insight {id: id}) SET i.enrichStage = $stage", { ids, stage }));
    let attempts = 0;
    const failing = defineStage({
      name: stage,
      apply: async (_tx, held) => {
        if (held.includes(bad)) {
          attempts++;
          throw new Error("the model answered a vector of NaN");
        }
      },
    });
    const enrichment = createEnrichment({ ...context, stages: [failing], batchSize: 10, idleMs: 20, sweep: false, settings: { backoffMs: [0, 50] } });
    started.push(enrichment);
    enrichment.start();
    let status = await enrichment.status();
    for (let waited = 0; waited < 100 && status.parked === 0; waited++) {
      await sleep(100);
      status = await enrichment.status();
    }
    await enrichment.stop();
    expect(status.stages).toEqual([{ stage, waiting: 0, parked: 1 }]);
    expect(status.parkedInsights).toEqual([{ id: bad, stage, attempts: 3, reason: `${stage}: the model answered a vector of NaN` }]);
    // The batch failed whole once, then the bad insight alone on each attempt.
    expect(attempts).toBe(4);
    const done = await stageOf(ids.filter((id) => id !== bad));
    expect(done.every((row) => row.stage === null && row.enriched)).toBe(true);

    // Once the cause is fixed, the API puts it back in line and the queue finishes it.
    const app = createTestApp(db);
    await request(app).post("/api/status/parked/release").send({ ids: ["not an id"] }).expect(400);
    expect((await request(app).post("/api/status/parked/release").send({ ids: [bad] }).expect(200)).body).toEqual({ released: 1 });
    expect((await request(app).post("/api/status/parked/release").send({ ids: [bad] }).expect(200)).body).toEqual({ released: 0 });
    const fixed = createEnrichment({ ...context, stages: [defineStage({ name: stage, apply: async () => {} })], batchSize: 10, idleMs: 20, sweep: false });
    started.push(fixed);
    fixed.start();
    for (let waited = 0; waited < 100 && (await stageOf([bad]))[0]?.stage !== null; waited++) await sleep(100);
    await fixed.stop();
    expect(await stageOf([bad])).toEqual([{ stage: null, enriched: true }]);
  });
});
