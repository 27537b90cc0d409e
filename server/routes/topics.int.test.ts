import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInsight, connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const tag = uniqueTag();
const big = `${tag}-big`;
const small = `${tag}-small`;
const apart = `${tag}-apart`;

// big: 4 insights, small: 2 (both also about big), apart: 1 on its own.
beforeAll(async () => {
  const insights = [
    buildInsight(tag, { topics: [big, small] }),
    buildInsight(tag, { topics: [big, small] }),
    buildInsight(tag, { topics: [big] }),
    buildInsight(tag, { topics: [big] }),
    buildInsight(tag, { topics: [apart] }),
  ];
  await request(app).post("/api/insights").send({ insights }).expect(201);
});

describe("GET /api/topics", () => {
  it("lists topics with their insight counts, most insights first", async () => {
    const res = await request(app).get("/api/topics?limit=500").expect(200);
    const ours = res.body.topics.filter((t: { slug: string }) => t.slug.startsWith(tag));
    expect(ours).toEqual([
      { slug: big, name: expect.any(String), insightCount: 4 },
      { slug: small, name: expect.any(String), insightCount: 2 },
      { slug: apart, name: expect.any(String), insightCount: 1 },
    ]);
  });
});

describe("GET /api/topics/:slug", () => {
  it("returns the topic, its insights and its neighbours", async () => {
    const res = await request(app).get(`/api/topics/${small}`).expect(200);
    expect(res.body.topic).toMatchObject({ slug: small, insightCount: 2 });
    expect(res.body.insights).toHaveLength(2);
    expect(res.body.neighbours).toEqual([{ slug: big, name: expect.any(String), insightCount: 4, weight: 0.5 }]);
  });

  it("sorts by evidence with ?sort=evidence: the claim said in most sources and shows first, each with its counts", async () => {
    // A tag of its own: the other tests count the topics of this file's tag.
    const own = uniqueTag();
    const topic = `${own}-evidence`;
    const widely = buildInsight(own, { topics: [topic] });
    const once = buildInsight(own, { topics: [topic] });
    const source = (n: number) => ({ title: `Episode ${n} ${own}`, url: `https://example.org/${own}/${n}`, show: `Show ${n} ${own}` });
    // The same claim from three shows is one insight said in three sources; listed first by fit only by chance.
    await request(app)
      .post("/api/insights")
      .send({ insights: [{ ...once, source: source(0) }, ...[1, 2, 3].map((n) => ({ ...widely, source: source(n) }))] })
      .expect(201);
    const byEvidence = await request(app).get(`/api/topics/${topic}?sort=evidence`).expect(200);
    expect(byEvidence.body.insights.map((i: { text: string; evidence: unknown }) => [i.text, i.evidence])).toEqual([
      [widely.text, { sources: 3, shows: 3, speakers: 0 }],
      [once.text, { sources: 1, shows: 1, speakers: 0 }],
    ]);
    const error = await request(app).get(`/api/topics/${topic}?sort=loudest`).expect(400);
    expect(error.body.error.code).toBeDefined();
  });

  it("answers 404 for an unknown topic", async () => {
    await request(app).get(`/api/topics/${tag}-nothing`).expect(404);
  });
});

describe("GET /api/graph/topics", () => {
  it("returns topics as nodes and co-occurrence as Jaccard-weighted edges", async () => {
    const res = await request(app).get("/api/graph/topics?limit=2000").expect(200);
    const nodes = res.body.nodes.filter((n: { id: string }) => n.id.startsWith(tag));
    expect(nodes.map((n: { id: string; insightCount: number }) => [n.id, n.insightCount])).toEqual([
      [big, 4],
      [small, 2],
      [apart, 1],
    ]);
    const edges = res.body.edges.filter((e: { source: string }) => e.source.startsWith(tag));
    // 2 insights share both topics; the two topics cover 4 distinct insights: 2 / 4.
    expect(edges).toEqual([{ source: big, target: small, weight: 0.5 }]);
  });

  it("keeps to the limit and never returns an edge to a node it left out", async () => {
    const res = await request(app).get("/api/graph/topics?limit=3").expect(200);
    const ids = new Set(res.body.nodes.map((n: { id: string }) => n.id));
    expect(ids.size).toBe(3);
    for (const edge of res.body.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
  });

  it("shows what an ingest added at once, though it serves the map from a cache", async () => {
    const mapOf = async () => (await request(app).get("/api/graph/topics?limit=2000").expect(200)).body;
    const edgeOf = (map: { edges: { source: string; target: string; weight: number }[] }) =>
      map.edges.find((e) => [e.source, e.target].sort().join() === [apart, big].join());
    expect(edgeOf(await mapOf())).toBeUndefined();
    await request(app).post("/api/insights").send({ insights: [buildInsight(tag, { topics: [big, apart] })] }).expect(201);
    const after = await mapOf();
    // big now has 5 insights and apart 2, one of them shared: 1 / 6.
    expect(edgeOf(after)?.weight).toBeCloseTo(1 / 6, 12);
    expect(after.nodes.find((n: { id: string }) => n.id === apart).insightCount).toBe(2);
  });
});

describe("cached pages", () => {
  it("are sent compressed to clients that accept gzip, and as plain JSON to those that do not", async () => {
    const zipped = await request(app).get(`/api/topics/${big}`).set("Accept-Encoding", "gzip").expect(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers["content-type"]).toMatch(/^application\/json/);
    const plain = await request(app).get(`/api/topics/${big}`).set("Accept-Encoding", "identity").expect(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(zipped.body).toEqual(plain.body);
    expect(plain.body.topic.slug).toBe(big);
  });
});
