import type { InsightId } from "@shared/ids";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app";
import { createHeuristicExtractor } from "../../extract/heuristic";
import { DEFAULT_RELATED_K } from "../../related/refresh";
import { countStaleEmbeddings } from "../../repositories/embeddings";
import { type PrivateNeo4j, startPrivateNeo4j, uniqueTag } from "../../testing/harness";
import { createEmbeddings } from "..";
import { reembedGraph } from "../reembed";

// The real local model through the real ingest, ranking and search. A Neo4j of its own: the
// shared one's vector index is as wide as the stub model of embeddings.int.test.ts.
const embeddings = createEmbeddings({ EMBEDDINGS: "local", EMBEDDINGS_MODEL: "bge-small-en-v1.5", EMBEDDINGS_MODEL_DIR: undefined, EMBEDDINGS_THREADS: 1, EMBEDDINGS_DIMENSIONS: undefined, OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined })!;
let neo4j: PrivateNeo4j;
let app: ReturnType<typeof createApp>;
const tag = uniqueTag();
const claims = {
  anchor: `Open-weight models let a country run AI on its own hardware (${tag}).`,
  paraphrase: `With openly released model weights, nations can operate artificial intelligence on domestic infrastructure (${tag}).`,
  wordTrap: `The country singer released her own weight-loss model at the hardware store (${tag}).`,
  stranger: `A sourdough starter needs flour, water and a warm kitchen for a week (${tag}).`,
};
const ids = {} as Record<keyof typeof claims, InsightId>;

beforeAll(async () => {
  neo4j = await startPrivateNeo4j("local-model");
  app = createApp({ waitForEnrichment: true, db: neo4j.db, extractor: createHeuristicExtractor(), relatedK: DEFAULT_RELATED_K, embeddings, log: () => undefined });
  const keys = Object.keys(claims) as (keyof typeof claims)[];
  const res = await request(app).post("/api/insights").send({ insights: keys.map((key) => ({ text: claims[key] })) }).expect(201);
  keys.forEach((key, i) => {
    ids[key] = res.body.insights[i].id;
  });
});
afterAll(() => neo4j?.close());

describe("related insights by the local model", () => {
  it("lists another wording of the idea as close in meaning, and not the claim that only shares its words", async () => {
    const res = await request(app).get(`/api/insights/${ids.anchor}/related`).expect(200);
    const listed = res.body.related.map((r: { id: string }) => r.id);
    expect(listed[0]).toBe(ids.paraphrase);
    expect(res.body.related[0].reason).toMatch(/^close in meaning/);
    expect(listed).not.toContain(ids.stranger);
    const trap = listed.indexOf(ids.wordTrap);
    expect(trap === -1 || trap > 0).toBe(true);
  });

  it("finds by meaning what shares no word with the query", async () => {
    // Not one word of the query is in the claim, so the full-text index alone finds nothing.
    const res = await request(app).get("/api/search").query({ q: "governments hosting machine learning on domestic servers" }).expect(200);
    const found = res.body.insights.map((hit: { id: string }) => hit.id);
    expect(found).toContain(ids.anchor);
    const stranger = found.indexOf(ids.stranger);
    expect(stranger === -1 || stranger > found.indexOf(ids.anchor)).toBe(true);
  });

  it("re-embeds what another model embedded, and relists it", async () => {
    await neo4j.db.write("test", (tx) => tx.run("MATCH (i:Insight {id: $id}) SET i.embeddingModel = 'another-model'", { id: ids.anchor }));
    expect(await neo4j.db.read("test", (tx) => countStaleEmbeddings(tx, embeddings.embedder.model))).toBe(1);
    const result = await reembedGraph(neo4j.db, embeddings, DEFAULT_RELATED_K);
    expect(result.done).toBe(1);
    expect(await neo4j.db.read("test", (tx) => countStaleEmbeddings(tx, embeddings.embedder.model))).toBe(0);
  });
});
