import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { buildInsight, connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const countNodes = (label: "Insight" | "Topic", key: string, values: string[]) =>
  db.read("test", async (tx) => {
    const result = await tx.run(`MATCH (n:${label}) WHERE n[$key] IN $values RETURN count(n) AS n`, { key, values });
    return result.records[0]?.get("n") as number;
  });

describe("POST /api/insights", () => {
  it("stores insights with normalised topics and answers with their ids", async () => {
    const tag = uniqueTag();
    const res = await request(app)
      .post("/api/insights")
      .send({ insights: [buildInsight(tag, { topics: [`${tag} Alpha`, `  ${tag}-alpha `, `${tag} beta`] })] })
      .expect(201);
    const [insight] = res.body.insights;
    expect(insight.id).toMatch(/^[a-f0-9]{32}$/);
    expect(insight.topics.map((t: { slug: string }) => t.slug).sort()).toEqual([`${tag}-alpha`, `${tag}-beta`]);
  });

  it("gives the same text the same id and never a second node", async () => {
    const tag = uniqueTag();
    const insight = buildInsight(tag);
    const first = await request(app).post("/api/insights").send({ insights: [insight] }).expect(201);
    const again = await request(app)
      .post("/api/insights")
      .send({ insights: [{ ...insight, text: `  ${insight.text.toUpperCase()} ` }] })
      .expect(201);
    expect(again.body.insights[0].id).toBe(first.body.insights[0].id);
    expect(await countNodes("Insight", "id", [first.body.insights[0].id])).toBe(1);
    expect(await countNodes("Topic", "slug", [`${tag}-alpha`])).toBe(1);
  });

  it("assigns topics when none are given", async () => {
    const res = await request(app)
      .post("/api/insights")
      .send({ insights: [{ text: `Sovereign AI means a country runs open-source models on its own compute (${uniqueTag()}).` }] })
      .expect(201);
    expect(res.body.insights[0].topics.length).toBeGreaterThan(0);
  });

  it("rejects a bad body with the error shape and says what is wrong", async () => {
    const res = await request(app).post("/api/insights").send({ insights: [{ text: "" }] }).expect(400);
    expect(res.body.error.code).toBe("bad_request");
    expect(res.body.error.message).toContain("body.insights.0.text");
  });

  it("rejects malformed JSON with 400, not 500", async () => {
    const res = await request(app).post("/api/insights").set("content-type", "application/json").send("{oops").expect(400);
    expect(res.body.error.code).toBe("bad_request");
  });
});

describe("GET /api/insights/:id", () => {
  it("returns the insight with its source and topics", async () => {
    const tag = uniqueTag();
    const created = await request(app)
      .post("/api/insights")
      .send({
        insights: [
          buildInsight(tag, {
            quote: "the supporting passage",
            source: { title: `Episode ${tag}`, url: `https://example.org/${tag}`, show: "Test Show" },
          }),
        ],
      })
      .expect(201);
    const id = created.body.insights[0].id;
    const res = await request(app).get(`/api/insights/${id}`).expect(200);
    expect(res.body).toMatchObject({
      id,
      quote: "the supporting passage",
      topics: [{ slug: `${tag}-alpha`, name: expect.any(String) }],
      source: { title: `Episode ${tag}`, url: `https://example.org/${tag}`, show: "Test Show" },
    });
  });

  it("answers 404 in the error shape for an unknown id", async () => {
    const res = await request(app).get(`/api/insights/${"0".repeat(32)}`).expect(404);
    expect(res.body.error).toMatchObject({ code: "not_found" });
  });

  it("answers 400 for an id that cannot be one", async () => {
    await request(app).get("/api/insights/not-an-id").expect(400);
  });
});

describe("GET /api/insights/:id/related", () => {
  it("ranks an insight sharing a rare topic above one sharing only a common topic", async () => {
    const tag = uniqueTag();
    const common = `${tag} common`;
    const rare = `${tag} rare`;
    // The common topic is on every insight; the rare one on two of them.
    const insights = [
      buildInsight(tag, { topics: [common, rare] }),
      buildInsight(tag, { topics: [common, rare] }),
      ...Array.from({ length: 6 }, () => buildInsight(tag, { topics: [common] })),
    ];
    const created = await request(app).post("/api/insights").send({ insights }).expect(201);
    const [anchor, twin] = created.body.insights;
    const res = await request(app).get(`/api/insights/${anchor.id}/related?limit=3`).expect(200);
    expect(res.body.related).toHaveLength(3);
    expect(res.body.related[0]).toMatchObject({ id: twin.id, sharedTopics: expect.arrayContaining([`${tag}-rare`, `${tag}-common`]) });
    expect(res.body.related[0].reason).toMatch(/^shares /);
    expect(res.body.related[0].score).toBeGreaterThan(res.body.related[1].score);
  });

  it("lists a newer insight under an older one without recomputing the older", async () => {
    const tag = uniqueTag();
    const older = await request(app).post("/api/insights").send({ insights: [buildInsight(tag)] }).expect(201);
    const newer = await request(app).post("/api/insights").send({ insights: [buildInsight(tag)] }).expect(201);
    const res = await request(app).get(`/api/insights/${older.body.insights[0].id}/related`).expect(200);
    // Other tests' insights share the builder's wording, so the newer one must lead, not be alone.
    expect(res.body.related[0].id).toBe(newer.body.insights[0].id);
  });

  it("rejects an absurd limit", async () => {
    const res = await request(app).get(`/api/insights/${"a".repeat(32)}/related?limit=100000`).expect(400);
    expect(res.body.error.message).toContain("query.limit");
  });
});
