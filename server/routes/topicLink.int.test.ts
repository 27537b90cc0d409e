import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

describe("GET /api/topics/:slug/shared/:other", () => {
  it("lists the insights about both topics, and only those", async () => {
    const tag = uniqueTag();
    const [a, b, c] = [`${tag} compute`, `${tag} audit`, `${tag} other`];
    const insights = [
      { text: `Both one ${tag}: pooled compute needs audits.`, topics: [a, b] },
      { text: `Both two ${tag}: audits of compute budgets.`, topics: [b, a, c] },
      { text: `Only compute ${tag}: budgets grow.`, topics: [a, c] },
    ];
    await request(app).post("/api/insights").send({ insights }).expect(201);
    const res = await request(app).get(`/api/topics/${tag}-audit/shared/${tag}-compute`).expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.topics.map((t: { slug: string }) => t.slug)).toEqual([`${tag}-audit`, `${tag}-compute`]);
    expect(res.body.insights.map((i: { text: string }) => i.text).sort()).toEqual([insights[0]!.text, insights[1]!.text].sort());
    const limited = await request(app).get(`/api/topics/${tag}-audit/shared/${tag}-compute`).query({ limit: 1 }).expect(200);
    expect(limited.body).toMatchObject({ total: 2, insights: [expect.anything()] });
  });

  it("is a 404 when a topic does not exist and a 400 for a malformed slug", async () => {
    await request(app).get(`/api/topics/${uniqueTag()}-none/shared/${uniqueTag()}-none`).expect(404);
    await request(app).get("/api/topics/Not%20A%20Slug/shared/x").expect(400);
  });
});
