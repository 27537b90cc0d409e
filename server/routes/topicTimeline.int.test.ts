import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { buildInsight, connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

describe("GET /api/topics/:slug/timeline", () => {
  it("lists the topic's insights oldest first by their source's date, undated ones by the day they were added", async () => {
    const tag = uniqueTag();
    const topics = [`${tag} compute`];
    const source = (n: number, publishedAt?: string) => ({ title: `Episode ${n} ${tag}`, url: `https://example.org/${tag}/${n}`, show: `Show ${tag}`, ...(publishedAt && { publishedAt }) });
    const insights = [
      buildInsight(tag, { topics, source: source(2, "2026-03-10") }),
      buildInsight(tag, { topics, source: source(1, "2025-11-02") }),
      buildInsight(tag, { topics, source: source(3) }),
    ];
    const created = await request(app).post("/api/insights").send({ insights }).expect(201);
    const ids = created.body.insights.map((insight: { id: string }) => insight.id);

    const res = await request(app).get(`/api/topics/${tag}-compute/timeline`).expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.insights.map((insight: { id: string }) => insight.id)).toEqual([ids[1], ids[0], ids[2]]);
    expect(res.body.insights[0]).toMatchObject({ date: "2025-11-02", dated: "published", source: { title: `Episode 1 ${tag}`, show: `Show ${tag}` } });
    expect(res.body.insights[2]).toMatchObject({ dated: "added", date: new Date().toISOString().slice(0, 10) });
    expect(Date.parse(res.body.insights[2].addedAt)).not.toBeNaN();
  });

  it("is a 404 for an unknown topic and a 400 for a bad limit", async () => {
    await request(app).get(`/api/topics/${uniqueTag()}-nothing/timeline`).expect(404);
    await request(app).get(`/api/topics/anything/timeline?limit=0`).expect(400);
  });
});
