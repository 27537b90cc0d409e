import type { EnrichmentStatus } from "@shared/api/status";
import type { NewInsight } from "@shared/api/insights";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RELATED_K } from "../related/refresh";
import { type AppProcess, startAppProcess } from "../testing/appProcess";
import { conceptEmbedding } from "../testing/conceptEmbedder";
import { type PrivateNeo4j, startPrivateNeo4j, uniqueTag } from "../testing/harness";
import { auditQueue } from "../testing/queueAudit";
import { reliabilityLog } from "../testing/reliabilityLog";
import { type StubEmbeddingServer, startStubEmbeddingServer } from "../testing/stubEmbeddingServer";

/**
 * Two real app servers (`server/index.ts`, each its own process with its own worker) share one
 * bundled Neo4j. It is a Neo4j of this file's own: the workers take whatever is queued, and the
 * shared test database holds other files' insights that must stay queued while they look.
 * Each server embeds through a stub endpoint of its own, so the test sees who did what.
 */
const LEASE_SECONDS = 15;
const BATCH_SIZE = 40;
const CONCEPTS = [["chip", "fab"], ["grid", "power"], ["model", "weights"], ["port", "cargo"], ["clinic", "patient"]];
const embed = conceptEmbedding(CONCEPTS);
const WIDTH = CONCEPTS.length + 8;

let neo4j: PrivateNeo4j;
const stubs: Record<"a" | "b", StubEmbeddingServer | undefined> = { a: undefined, b: undefined };
const apps: AppProcess[] = [];
/** While armed, server A is killed (SIGKILL) the moment it asks to embed, with the texts it asked for. */
let killA: { armed: boolean; held: string[] } = { armed: false, held: [] };
const log = reliabilityLog("two-app-servers");

beforeAll(async () => {
  neo4j = await startPrivateNeo4j("two-servers", { schema: false });
  stubs.a = await startStubEmbeddingServer({
    embed,
    fail: (request) => {
      if (!killA.armed) return undefined;
      killA.held.push(...request.input);
      apps[0]?.child.kill("SIGKILL");
      return 503;
    },
  });
  stubs.b = await startStubEmbeddingServer({ embed });
  // At once on a fresh database, as a deployment starts its servers: both apply the schema and make the vector index.
  const started = await Promise.allSettled(
    (["a", "b"] as const).map((name) =>
      startAppProcess(`server ${name}`, {
        env: {
          // The test writes without a token, and nothing but the test adds insights.
          API_TOKEN: "",
          FEEDS_SCHEDULE: "0",
          NEO4J_URI: neo4j.uri,
          DATA_DIR: neo4j.home,
          EMBEDDINGS: "openai",
          OPENAI_BASE_URL: stubs[name]!.baseUrl,
          EMBEDDINGS_MODEL: "stub-embed",
          EMBEDDINGS_DIMENSIONS: String(WIDTH),
          ENRICH_LEASE_SECONDS: String(LEASE_SECONDS),
          ENRICH_BATCH_SIZE: String(BATCH_SIZE),
        },
      }),
    ),
  );
  for (const result of started) if (result.status === "fulfilled") apps.push(result.value);
  for (const result of started) if (result.status === "rejected") throw result.reason;
  for (const app of apps) await until(app, async () => (await statusOf(app)).worker, 90_000, "worker started");
}, 300_000);

afterAll(async () => {
  log.save();
  await Promise.all(apps.map((app) => app.stop()));
  await Promise.all(Object.values(stubs).map((stub) => stub?.close()));
  await neo4j?.close();
});

const statusOf = async (app: AppProcess) => (await app.get<{ enrichment: EnrichmentStatus }>("/api/status")).enrichment;

async function until(app: AppProcess, done: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await done()); await sleep(250)) {
    if (Date.now() > deadline) throw new Error(`${app.name}: no ${what} after ${timeoutMs} ms; its last lines:\n${app.lines.slice(-30).join("\n")}`);
  }
}

/** Claims on a few shared topics, each with a number of its own (so none is a near-duplicate of another). */
function claims(tag: string, from: number, count: number): NewInsight[] {
  const topics = ["chips", "grids", "models", "ports", "clinics", "policy", "funding", "skills", "trade", "security"];
  const words = ["chip fabs", "power grids", "open model weights", "cargo ports", "rural clinics"];
  const places = ["coastal towns", "the capital", "northern valleys", "island states", "border regions", "river cities", "old mill towns"];
  return Array.from({ length: count }, (_, k) => {
    const n = from + k;
    const about = [topics[n % 10]!, topics[(3 * n + 1) % 10]!, ...(n % 4 === 0 ? [topics[(7 * n + 3) % 10]!] : [])];
    return {
      text: `${tag} claim ${n}: ${words[n % 5]} in ${places[n % 7]} need ${places[(n + 3) % 7]} for item ${n * 7 + 1}.`,
      topics: [...new Set(about)].map((topic) => `${tag} ${topic}`),
    };
  });
}

/** The topic pairs the claims say, counted from the request bodies alone. */
const pairsIn = (items: readonly NewInsight[]) => items.reduce((sum, item) => sum + (item.topics!.length * (item.topics!.length - 1)) / 2, 0);

/** Writes through both servers in turns, requests of 40; answered before any enrichment. */
async function ingest(items: readonly NewInsight[], via: readonly AppProcess[]): Promise<void> {
  for (let at = 0, turn = 0; at < items.length; at += 40, turn++) {
    await via[turn % via.length]!.post("/api/insights", { insights: items.slice(at, at + 40) });
  }
}

const texts = (stub: StubEmbeddingServer | undefined, from = 0) => stub!.requests.slice(from).flatMap((request) => request.input);
const timesEach = (seen: readonly string[]) => seen.reduce((counts, text) => counts.set(text, (counts.get(text) ?? 0) + 1), new Map<string, number>());

describe("two app servers, each its own process, on one Neo4j", () => {
  const tag = uniqueTag();
  const first = claims(tag, 0, 240);

  it("drain the queue together, both doing work, every step run once per insight", async () => {
    const [a, b] = apps as [AppProcess, AppProcess];
    await ingest(first, [a, b]);
    const written = Date.now();
    await until(b, async () => (await statusOf(b)).waiting === 0, 150_000, "empty queue");
    const seconds = (Date.now() - written) / 1000;

    const audit = await auditQueue(neo4j.db, DEFAULT_RELATED_K);
    expect(audit).toMatchObject({ insights: first.length, enriched: first.length, leftInQueue: 0, wrongPairs: [], wrongWords: [], badLists: [] });
    expect(audit.pairCount).toBe(pairsIn(first));
    expect(audit.words).toBeGreaterThan(20);
    // Embedding is outside any transaction: a batch taken twice would be embedded twice.
    const embedded = [...texts(stubs.a), ...texts(stubs.b)];
    expect(timesEach(embedded)).toEqual(new Map(first.map((item) => [item.text, 1])));
    expect(texts(stubs.a).length).toBeGreaterThan(0);
    expect(texts(stubs.b).length).toBeGreaterThan(0);
    // Each server's rate counts the insights it took through the last step itself.
    for (const app of [a, b]) expect((await statusOf(app)).insightsPerSec).toBeGreaterThan(0);
    log.record({
      area: "concurrency",
      tried: `two app processes started at once on a fresh Neo4j, ${first.length} insights queued through both (batches of ${BATCH_SIZE})`,
      happened: `drained in ${seconds.toFixed(0)} s; A embedded ${texts(stubs.a).length}, B ${texts(stubs.b).length}, each text once; ${audit.pairCount} topic pairs and ${audit.words} word counts exact; none parked`,
      passed: true,
    });
  }, 200_000);

  it("when one is killed mid-queue, the other finishes its batch once the lease runs out", async () => {
    const [a, b] = apps as [AppProcess, AppProcess];
    const second = claims(tag, first.length, 160);
    const seenByB = stubs.b!.requests.length;
    killA = { armed: true, held: [] };
    await ingest(second, [b]);
    expect(await Promise.race([a.exited, sleep(60_000, "still running")])).toBeNull();
    const killed = Date.now();
    // What A held when it died: claimed under its lease, not enriched, not handed back.
    const held = await neo4j.db.read("test", async (tx) =>
      (
        await tx.run(
          "UNWIND $texts AS text MATCH (i:Insight {text: text}) RETURN i.enrichLeaseUntil - timestamp() AS leftMs, i.enrichLeaseUntil AS until, i.id AS id",
          { texts: killA.held },
        )
      ).records.map((record) => record.toObject() as { leftMs: number; until: number; id: string }),
    );
    expect(held.length).toBe(killA.held.length);
    expect(held.every((row) => row.leftMs > 0)).toBe(true);

    await until(b, async () => (await statusOf(b)).waiting === 0, LEASE_SECONDS * 1000 + 120_000, "empty queue after A died");
    const all = [...first, ...second];
    const audit = await auditQueue(neo4j.db, DEFAULT_RELATED_K);
    expect(audit).toMatchObject({ insights: all.length, enriched: all.length, leftInQueue: 0, wrongPairs: [], wrongWords: [], badLists: [] });
    expect(audit.pairCount).toBe(pairsIn(all));
    // B embedded every new claim once, A's held batch included, and took that batch only after the lease.
    expect(timesEach(texts(stubs.b, seenByB))).toEqual(new Map(second.map((item) => [item.text, 1])));
    const finished = await neo4j.db.read("test", async (tx) =>
      (await tx.run("UNWIND $ids AS id MATCH (i:Insight {id: id}) RETURN i.enrichedAt AS at", { ids: held.map((row) => row.id) })).records.map(
        (record) => record.get("at") as number,
      ),
    );
    const leaseEnd = Math.min(...held.map((row) => row.until));
    expect(finished.every((at) => at >= leaseEnd)).toBe(true);
    log.record({
      area: "faults",
      tried: `one of two app processes SIGKILLed while it held ${held.length} claimed insights, ${second.length} queued (lease ${LEASE_SECONDS} s)`,
      happened: `the other finished all ${all.length} ${((Date.now() - killed) / 1000).toFixed(0)} s after the kill, the held batch after its lease; every count exact, each text embedded once by it`,
      passed: true,
    });
  }, 300_000);
});
