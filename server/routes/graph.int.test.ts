import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const tag = uniqueTag();
const slug = (name: string) => `${tag}-${name}`;
const ai = ["compute", "silicon", "policy"].map(slug);
const food = ["flour", "starter", "oven"].map(slug);

/** Every pair of a cluster's topics on one insight, so each cluster is a dense island. */
const cluster = (topics: string[], words: string) =>
  topics.flatMap((a, i) => topics.slice(i + 1).map((b) => ({ text: `${tag} ${words} ${a} with ${b}.`, topics: [a, b] })));

const communityOf = async (topic: string): Promise<number> => (await request(app).get(`/api/topics/${topic}`).expect(200)).body.topic.community;

beforeAll(async () => {
  const insights = [...cluster(ai, "nations weigh"), ...cluster(food, "bakers knead")];
  await request(app).post("/api/insights").send({ insights }).expect(201);
});

describe("GET /api/graph/topics", () => {
  it("gives each topic a community: one per cluster, served with the graph", async () => {
    const [aiTheme, foodTheme] = [await communityOf(ai[0]!), await communityOf(food[0]!)];
    expect(aiTheme).not.toBe(foodTheme);
    for (const topic of ai) expect(await communityOf(topic)).toBe(aiTheme);
    const res = await request(app).get(`/api/graph/topics?community=${aiTheme}`).expect(200);
    expect(res.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...ai].sort());
    expect(res.body.nodes.every((n: { community: number }) => n.community === aiTheme)).toBe(true);
    expect(res.body.edges).toHaveLength(3);
    expect(res.body.communities).toEqual([{ id: aiTheme, label: expect.any(String), topicCount: 3 }]);
    // Named after its two largest topics (all equal here, so the first two by slug).
    expect(res.body.communities[0].label.toLowerCase()).toBe(`${tag} compute · ${tag} policy`);
  });

  it("keeps the themes people know when another source arrives", async () => {
    const before = { ai: await communityOf(ai[0]!), food: await communityOf(food[0]!) };
    const rye = slug("rye");
    await request(app)
      .post("/api/insights")
      .send({ insights: [{ text: `${tag} bakers try rye flour.`, topics: [food[0], rye] }, { text: `${tag} new silicon policy.`, topics: [ai[1], ai[2]] }] })
      .expect(201);
    expect(await communityOf(ai[0]!)).toBe(before.ai);
    expect(await communityOf(food[1]!)).toBe(before.food);
    expect(await communityOf(rye)).toBe(before.food);
  });

  it("leaves out edges lighter than minWeight", async () => {
    const theme = await communityOf(food[0]!);
    const all = (await request(app).get(`/api/graph/topics?community=${theme}`).expect(200)).body.edges as { weight: number }[];
    const cut = [...new Set(all.map((e) => e.weight))].sort()[1]!;
    const heavy = (await request(app).get(`/api/graph/topics?community=${theme}&minWeight=${cut}`).expect(200)).body.edges;
    expect(heavy.length).toBeGreaterThan(0);
    expect(heavy).toEqual(all.filter((e) => e.weight >= cut));
  });

  it("rejects a minWeight outside 0..1", async () => {
    await request(app).get("/api/graph/topics?minWeight=2").expect(400);
  });
});

describe("GET /api/graph/insights", () => {
  it("returns a topic's insights as nodes and their related links as edges among them", async () => {
    const res = await request(app).get(`/api/graph/insights?topic=${ai[0]}`).expect(200);
    expect(res.body.nodes).toHaveLength(2);
    expect(res.body.nodes[0]).toMatchObject({ kind: "insight", insightCount: 1, label: expect.stringContaining(ai[0]!) });
    const ids = new Set(res.body.nodes.map((n: { id: string }) => n.id));
    expect(res.body.edges.length).toBe(1);
    for (const edge of res.body.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.source < edge.target).toBe(true);
    }
  });

  it("pages through a theme's insights", async () => {
    const theme = await communityOf(food[0]!);
    const all = (await request(app).get(`/api/graph/insights?community=${theme}&limit=100`).expect(200)).body.nodes;
    expect(all).toHaveLength(4);
    const second = (await request(app).get(`/api/graph/insights?community=${theme}&limit=2&offset=2`).expect(200)).body.nodes;
    expect(second).toEqual(all.slice(2, 4));
  });

  it("answers 404 for an unknown topic and 400 without a topic or theme", async () => {
    await request(app).get(`/api/graph/insights?topic=${slug("nothing")}`).expect(404);
    const res = await request(app).get("/api/graph/insights").expect(400);
    expect(res.body.error.message).toContain("either topic or community");
  });
});
