import type { InsightId } from "@shared/ids";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { createHeuristicExtractor } from "../extract/heuristic";
import { insightIdOf as insightIdFor } from "../ingest/ids";
import { ingestInsights } from "../ingest/ingest";
import { findEmbeddings } from "../repositories/embeddings";
import { findVectorCandidates } from "../repositories/vectorCandidates";
import type { Database } from "../db";
import { type PrivateNeo4j, startPrivateNeo4j, uniqueTag } from "../testing/harness";
import { conceptEmbedding } from "../testing/conceptEmbedder";
import { EmbeddingError } from "./embedder";
import { EmbeddingIndexError, createInsightEmbeddings } from "./insightEmbeddings";
import { createOpenAiEmbedder } from "./openai";
import { type StubEmbeddingServer, startStubEmbeddingServer } from "../testing/stubEmbeddingServer";
import { DEFAULT_RELATED_K } from "../related/refresh";

// NOTE: the vector index is one per database, and the shared test Neo4j's is the local model's
// width (384), made by any test that ingests with the default settings: this file's stub model
// (6 concepts + 8 private dimensions) gets a Neo4j of its own.
const CONCEPTS = [
  ["sovereign", "nation", "countr", "government", "domestic"],
  ["model", "weights", "ai"],
  ["chip", "semiconductor", "lithograph", "fab"],
  ["sourdough", "bread", "starter", "bak", "oven"],
  ["hospital", "clinic", "patient", "medic"],
  ["port", "ship", "freight", "cargo"],
];
const WIDTH = CONCEPTS.length + 8;
const fast = { batchSize: 2, concurrency: 2, retry: { attempts: 3, firstDelayMs: 5 } };
const envFor = (stub: StubEmbeddingServer, model = "stub-embed", dimensions?: number) => ({
  OPENAI_BASE_URL: stub.baseUrl,
  OPENAI_API_KEY: undefined,
  EMBEDDINGS_MODEL: model,
  EMBEDDINGS_DIMENSIONS: dimensions,
});

let neo4j: PrivateNeo4j;
let db: Database;
let stub: StubEmbeddingServer;
const stubs: StubEmbeddingServer[] = [];
const startStub = async (behaviour: Parameters<typeof startStubEmbeddingServer>[0]) => {
  const started = await startStubEmbeddingServer(behaviour);
  stubs.push(started);
  return started;
};
beforeAll(async () => {
  neo4j = await startPrivateNeo4j("stub-embeddings");
  db = neo4j.db;
  stub = await startStub({ embed: conceptEmbedding(CONCEPTS) });
});
afterAll(async () => {
  await Promise.all(stubs.map((s) => s.close()));
  await neo4j?.close();
});

const embeddingsVia = (server: StubEmbeddingServer, model?: string, dimensions?: number) =>
  createInsightEmbeddings(createOpenAiEmbedder(envFor(server, model, dimensions), fast));
const storedEmbeddings = (ids: readonly string[]) => db.read("test", (tx) => findEmbeddings(tx, ids as InsightId[]));
/** Where an insight waits in the enrichment queue, and why, after a failed step. */
const queuedAt = (id: string) =>
  db.read("test", async (tx) => (await tx.run("MATCH (i:Insight {id: $id}) RETURN i.enrichStage AS stage, i.enrichError AS error, i.enrichAttempts AS attempts", { id })).records[0]?.toObject());

describe("ingesting with embeddings", () => {
  it("embeds new insights in batches through the real client, stores them, and does not embed them twice", async () => {
    const tag = uniqueTag();
    const embeddings = embeddingsVia(stub, "stub-embed", WIDTH);
    const before = stub.requests.length;
    const items = [
      { text: `${tag}a a sovereign stack starts with open weights.`, topics: [`${tag} sovereignty`] },
      { text: `${tag}b chip fabs need lithography tools.`, topics: [`${tag} chips`] },
      { text: `${tag}c semiconductor subsidies attract foundries.`, topics: [`${tag} industry`] },
    ];
    const summaries = await ingestInsights(db, items, { relatedK: DEFAULT_RELATED_K, embeddings });
    const seen = stub.requests.slice(before);
    expect(seen.map((r) => r.input.length)).toEqual([2, 1]);
    expect(seen[0]).toMatchObject({ model: "stub-embed", encodingFormat: "float", dimensions: WIDTH });
    const stored = await storedEmbeddings(summaries.map((s) => s.id));
    expect(stored.size).toBe(3);
    expect(stored.get(summaries[1]!.id)?.slice(0, CONCEPTS.length)).toEqual([0, 0, 3, 0, 0, 0]);
    expect(stored.get(summaries[2]!.id)?.slice(0, CONCEPTS.length)).toEqual([0, 0, 1, 0, 0, 0]);

    await ingestInsights(db, items, { relatedK: DEFAULT_RELATED_K, embeddings });
    expect(stub.requests.length).toBe(before + 2);
  });

  it("embeds an insight ingested before embeddings were configured when it comes again", async () => {
    const tag = uniqueTag();
    const item = { text: `${tag} cargo ports move freight inland.`, topics: [`${tag} shipping`] };
    const [plain] = await ingestInsights(db, [item], { relatedK: DEFAULT_RELATED_K });
    expect((await storedEmbeddings([plain!.id])).size).toBe(0);
    await ingestInsights(db, [item], { relatedK: DEFAULT_RELATED_K, embeddings: embeddingsVia(stub) });
    expect((await storedEmbeddings([plain!.id])).get(plain!.id)).toHaveLength(WIDTH);
  });
});

describe("related insights close in meaning", () => {
  const app = () => createApp({ waitForEnrichment: true, db, extractor: createHeuristicExtractor(), relatedK: DEFAULT_RELATED_K, embeddings: embeddingsVia(stub), log: () => undefined });
  const post = async (insights: { text: string; topics: string[] }[]) =>
    (await request(app()).post("/api/insights").send({ insights }).expect(201)).body.insights as { id: string }[];
  const related = async (id: string) =>
    (await request(app()).get(`/api/insights/${id}/related?explain=1`).expect(200)).body.related as {
      id: string;
      score: number;
      reason: string;
      parts: { topics: number; text: number; embedding?: number };
    }[];

  it("links a paraphrase that shares no topic and no word, within one batch, and says why", async () => {
    const tag = uniqueTag();
    const [anchor, paraphrase, unrelated] = await post([
      { text: `${tag}a nations should run their own models.`, topics: [`${tag} sovereignty`] },
      { text: `${tag}b governments want domestic AI weights.`, topics: [`${tag} policy`] },
      { text: `${tag}c sourdough starter likes warm ovens.`, topics: [`${tag} baking`] },
    ]);
    // Other tests' insights about nations and models may be listed too: the graph is shared.
    const list = await related(anchor!.id);
    const found = list.find((r) => r.id === paraphrase!.id);
    expect(found).toMatchObject({ reason: "close in meaning", parts: { topics: 0, text: 0 } });
    expect(found!.parts.embedding).toBeGreaterThan(0.9);
    const other = list.find((r) => r.id === unrelated!.id);
    if (other) expect(other.score).toBeLessThan(found!.score / 2);
  });

  it("finds an earlier insight close in meaning through the vector index", async () => {
    const tag = uniqueTag();
    const [earlier] = await post([{ text: `${tag}a hospitals need medical AI they can inspect.`, topics: [`${tag} health`] }]);
    const [later] = await post([{ text: `${tag}b clinics want patient models audited.`, topics: [`${tag} care`] }]);
    const fromIndex = await db.read("test", async (tx) => {
      const embedding = (await findEmbeddings(tx, [later!.id as InsightId])).get(later!.id as InsightId)!;
      return findVectorCandidates(tx, [{ id: later!.id as InsightId, embedding }], 5);
    });
    expect(fromIndex.get(later!.id as InsightId)?.[0]).toBe(earlier!.id);
    // First unless another test's insight shares words with it: the graph and its word rarities are shared.
    expect((await related(later!.id)).find((r) => r.id === earlier!.id)).toMatchObject({ reason: "close in meaning", parts: { topics: 0, text: 0 } });
    // Read from the other end too: the earlier insight's list shows the later one.
    expect((await related(earlier!.id)).map((r) => r.id)).toContain(later!.id);
  });

  it("leaves the score parts of insights without embeddings as they were", async () => {
    const tag = uniqueTag();
    const [anchor, other] = await ingestInsights(
      db,
      [
        { text: `${tag} ports expand cargo cranes.`, topics: [`${tag} shipping`] },
        { text: `${tag} ports hire cargo crane crews.`, topics: [`${tag} shipping`] },
      ],
      { relatedK: DEFAULT_RELATED_K },
    );
    const [first] = await related(anchor!.id);
    expect(first!.id).toBe(other!.id);
    expect(first!.parts).not.toHaveProperty("embedding");
    expect(first!.reason).not.toContain("meaning");
  });
});

describe("when embeddings go wrong", () => {
  it("fails a waiting ingest clearly when the model's width disagrees with the stored index; the insight waits for a retry", async () => {
    const wide = await startStub({ embed: conceptEmbedding(CONCEPTS, 12) });
    const tag = uniqueTag();
    const item = { text: `${tag} nations buy chips.`, topics: [`${tag} trade`] };
    // Make sure the index exists at the usual width first (the file's other tests may run later).
    await ingestInsights(db, [{ text: `${tag} bread ovens.`, topics: [`${tag} baking`] }], { relatedK: DEFAULT_RELATED_K, embeddings: embeddingsVia(stub) });
    const run = ingestInsights(db, [item], { relatedK: DEFAULT_RELATED_K, embeddings: embeddingsVia(wide, "stub-wide") });
    await expect(run).rejects.toThrow(EmbeddingIndexError);
    await expect(run).rejects.toThrow(`holds ${WIDTH}-dimensional embeddings, but the embedding model stub-wide gives ${WIDTH + 4}`);
    expect(await queuedAt(insightIdFor(item.text))).toMatchObject({ stage: "embed", attempts: 1, error: expect.stringContaining("embed: the vector index") });
  });

  it("fails a waiting ingest cleanly when the embedding endpoint errors, after retrying; the insight waits for a retry", async () => {
    const broken = await startStub({ embed: conceptEmbedding(CONCEPTS), fail: () => 503 });
    const tag = uniqueTag();
    const item = { text: `${tag} governments fund domestic fabs.`, topics: [`${tag} industry`] };
    const run = ingestInsights(db, [item], { relatedK: DEFAULT_RELATED_K, embeddings: embeddingsVia(broken) });
    await expect(run).rejects.toThrow(EmbeddingError);
    await expect(run).rejects.toThrow(`the embedding model stub-embed at ${broken.baseUrl} failed`);
    expect(broken.requests).toHaveLength(fast.retry.attempts);
    // Written and queued, not lost: the worker retries it with back-off, then parks it with this reason.
    expect(await queuedAt(insightIdFor(item.text))).toMatchObject({ stage: "embed", attempts: 1, error: expect.stringContaining(`failed`) });
  });

  it("does not retry a request the endpoint rejects as bad", async () => {
    const refusing = await startStub({ embed: conceptEmbedding(CONCEPTS), fail: () => 400 });
    const run = ingestInsights(db, [{ text: `${uniqueTag()} nations and models.` }], { relatedK: DEFAULT_RELATED_K, embeddings: embeddingsVia(refusing) });
    await expect(run).rejects.toThrow(EmbeddingError);
    expect(refusing.requests).toHaveLength(1);
  });
});
