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

  it("says how many topics there are in all when it shows only some", async () => {
    const theme = await communityOf(ai[0]!);
    const part = (await request(app).get(`/api/graph/topics?community=${theme}&limit=2`).expect(200)).body;
    expect(part.nodes).toHaveLength(2);
    expect(part.total).toBe(3);
    const whole = (await request(app).get(`/api/graph/topics?community=${theme}`).expect(200)).body;
    expect(whole.total).toBe(whole.nodes.length);
    const everything = (await request(app).get("/api/graph/topics?limit=1").expect(200)).body;
    // Every topic of this file at least, in whatever else the shared test graph holds.
    expect(everything.total).toBeGreaterThanOrEqual(ai.length + food.length + 1);
  });

  it("leaves topics with too few insights off the map and says how many", async () => {
    const [kiln, glaze, slip] = ["kiln", "glaze", "slip"].map(slug);
    const insights = [
      { text: `${tag} potters fire the kiln slowly.`, topics: [kiln!, glaze!] },
      { text: `${tag} potters cool the kiln slowly.`, topics: [kiln!, glaze!] },
      { text: `${tag} potters thin the slip.`, topics: [glaze!, slip!] },
    ];
    await request(app).post("/api/insights").send({ insights }).expect(201);
    const theme = await communityOf(slip!);
    const ids = (body: { nodes: { id: string }[] }) => body.nodes.map((n) => n.id);
    const map = (await request(app).get(`/api/graph/topics?community=${theme}&minInsights=2`).expect(200)).body;
    expect(ids(map)).not.toContain(slip);
    expect(ids(map)).toContain(glaze);
    expect(map.smallHidden).toBeGreaterThanOrEqual(1);
    const everything = (await request(app).get(`/api/graph/topics?community=${theme}`).expect(200)).body;
    expect(ids(everything)).toContain(slip);
    expect(everything.smallHidden).toBe(0);
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

  it("says how many insights the topic has in all, also on a page past the end", async () => {
    const theme = await communityOf(food[0]!);
    const first = (await request(app).get(`/api/graph/insights?community=${theme}&limit=1`).expect(200)).body;
    expect(first.nodes).toHaveLength(1);
    expect(first.total).toBe(4);
    const topic = (await request(app).get(`/api/graph/insights?topic=${ai[0]}&limit=1&offset=5`).expect(200)).body;
    expect(topic).toMatchObject({ nodes: [], edges: [], total: 2 });
  });

  it("gives each page its links to insights on earlier pages, so paging loses no link", async () => {
    const chain = ["a", "b", "c", "d", "e", "f"].map((name) => slug(`chain-${name}`));
    const hub = slug("chain");
    // Six claims on one topic, each also sharing a topic with the next: links across any page cut.
    const insights = chain.map((topic, n) => ({
      text: `${tag} chained claim ${n} about ${hub} and ${topic} and ${chain[(n + 1) % chain.length]}.`,
      topics: [hub, topic, chain[(n + 1) % chain.length]!],
    }));
    await request(app).post("/api/insights").send({ insights }).expect(201);
    const page = async (offset: number, limit: number) =>
      (await request(app).get(`/api/graph/insights?topic=${hub}&offset=${offset}&limit=${limit}`).expect(200)).body as {
        nodes: { id: string }[];
        edges: { source: string; target: string; weight: number }[];
      };
    const whole = await page(0, 100);
    expect(whole.nodes).toHaveLength(6);
    const pages = [await page(0, 2), await page(2, 2), await page(4, 2)];
    expect(pages.flatMap((p) => p.nodes)).toEqual(whole.nodes);
    const key = (e: { source: string; target: string }) => `${e.source}--${e.target}`;
    const firstIds = new Set(pages[0]!.nodes.map((n) => n.id));
    const laterIds = new Set(pages[1]!.nodes.map((n) => n.id));
    // The test means something only if links do cross the first cut.
    expect(whole.edges.some((e) => firstIds.has(e.source) !== firstIds.has(e.target))).toBe(true);
    expect(pages.flatMap((p) => p.edges).map(key).sort()).toEqual(whole.edges.map(key).sort());
    // A page's links touch its own insights and never reach forward to a later page.
    for (const edge of pages[1]!.edges) {
      expect(laterIds.has(edge.source) || laterIds.has(edge.target)).toBe(true);
      expect([edge.source, edge.target].every((id) => firstIds.has(id) || laterIds.has(id))).toBe(true);
    }
  });

  it("answers 404 for an unknown topic and 400 without a topic or theme", async () => {
    await request(app).get(`/api/graph/insights?topic=${slug("nothing")}`).expect(404);
    const res = await request(app).get("/api/graph/insights").expect(400);
    expect(res.body.error.message).toContain("either topic or community");
  });
});
