import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEnrichment } from "../enrichment";
import { DEFAULT_RELATED_K } from "../related/refresh";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const tag = uniqueTag();
const starter = `${tag}-starter`;
const levain = `${tag}-levain`;
let ids: string[] = [];

const topic = async (slug: string) => (await request(app).get(`/api/topics/${slug}`).expect(200)).body;
const reasonFor = async (id: string, other: string) =>
  ((await request(app).get(`/api/insights/${id}/related`).expect(200)).body.related as { id: string; reason: string }[]).find((r) => r.id === other)?.reason;
// Curation re-queues the related step; nothing drains the queue in tests, so this does.
const enrich = (ids: readonly string[]) => createEnrichment({ db, relatedK: DEFAULT_RELATED_K }).waitFor(ids as never);
const slugsOf = async (id: string) => ((await request(app).get(`/api/insights/${id}`).expect(200)).body.topics as { slug: string }[]).map((t) => t.slug);

beforeAll(async () => {
  const insights = [
    { text: `${tag} a starter needs daily feeding.`, topics: [`${tag} starter`] },
    { text: `${tag} rye gets a starter going fast.`, topics: [`${tag} starter`] },
    { text: `${tag} a levain is a starter built for one bake.`, topics: [`${tag} levain`] },
  ];
  ids = (await request(app).post("/api/insights").send({ insights }).expect(201)).body.insights.map((i: { id: string }) => i.id);
});

describe("topic curation", () => {
  it("renames a topic and undoes the rename", async () => {
    const res = await request(app).put(`/api/topics/${starter}`).send({ name: "Sourdough starter" }).expect(200);
    expect(res.body.decisions).toEqual([expect.objectContaining({ kind: "rename", topic: starter, undone: false })]);
    expect((await topic(starter)).topic.name).toBe("Sourdough starter");
    await request(app).delete(`/api/topic-decisions/${res.body.decisions[0].id}`).expect(200);
    expect((await topic(starter)).topic.name).not.toBe("Sourdough starter");
    await request(app).delete(`/api/topic-decisions/${res.body.decisions[0].id}`).expect(409);
  });

  it("merges one topic into another, moving its insights, and undoes it", async () => {
    const res = await request(app).post(`/api/topics/${levain}/merges`).send({ into: starter }).expect(201);
    expect(res.body.decision).toMatchObject({ kind: "merge", topic: levain, other: starter });
    expect((await topic(starter)).topic.insightCount).toBe(3);
    expect(await slugsOf(ids[2]!)).toEqual([starter]);
    const decisions = (await request(app).get(`/api/topics/${starter}/decisions`).expect(200)).body.decisions;
    expect(decisions[0]).toMatchObject({ kind: "merge" });
    await request(app).delete(`/api/topic-decisions/${res.body.decision.id}`).expect(200);
    expect(await slugsOf(ids[2]!)).toEqual([levain]);
    expect((await topic(starter)).topic.insightCount).toBe(2);
  });

  it("splits chosen insights off into a new topic, and undoes it", async () => {
    const res = await request(app).post(`/api/topics/${starter}/splits`).send({ name: `${tag} rye starter`, insights: [ids[1]] }).expect(201);
    const made = res.body.topic.slug;
    expect(res.body.decision.summary).toMatch(/^split 1 insight off ".+" into ".+ rye starter"$/);
    expect(await slugsOf(ids[1]!)).toEqual([made]);
    expect((await topic(starter)).topic.insightCount).toBe(1);
    await request(app).delete(`/api/topic-decisions/${res.body.decision.id}`).expect(200);
    expect(await slugsOf(ids[1]!)).toEqual([starter]);
    await request(app).get(`/api/topics/${made}`).expect(404);
  });

  it("hides and pins: a hidden topic leaves the map, a pinned one stays however small", async () => {
    const mapIds = async () =>
      ((await request(app).get("/api/graph/topics?limit=1000&minInsights=2").expect(200)).body.nodes as { id: string }[]).map((n) => n.id);
    expect(await mapIds()).toContain(starter);
    expect(await mapIds()).not.toContain(levain);
    const hidden = await request(app).put(`/api/topics/${starter}`).send({ hidden: true }).expect(200);
    const pinned = await request(app).put(`/api/topics/${levain}`).send({ pinned: true }).expect(200);
    expect(await mapIds()).not.toContain(starter);
    expect(await mapIds()).toContain(levain);
    await request(app).delete(`/api/topic-decisions/${hidden.body.decisions[0].id}`).expect(200);
    await request(app).delete(`/api/topic-decisions/${pinned.body.decisions[0].id}`).expect(200);
    expect(await mapIds()).toContain(starter);
  });

  it("recomputes the related reasons that name a renamed topic, and again after the undo", async () => {
    const before = await reasonFor(ids[0]!, ids[1]!);
    expect(before).toMatch(/shares/);
    expect(before).not.toContain("Wild yeast");
    const res = await request(app).put(`/api/topics/${starter}`).send({ name: `Wild yeast ${tag}` }).expect(200);
    await enrich([ids[0]!, ids[1]!]);
    expect(await reasonFor(ids[0]!, ids[1]!)).toContain(`Wild yeast ${tag}`);
    await request(app).delete(`/api/topic-decisions/${res.body.decisions[0].id}`).expect(200);
    await enrich([ids[0]!, ids[1]!]);
    expect(await reasonFor(ids[0]!, ids[1]!)).toBe(before);
  });

  it("answers 404 for an unknown topic, 400 for a merge into itself or a bad body", async () => {
    await request(app).put(`/api/topics/${tag}-nothing`).send({ name: "X" }).expect(404);
    await request(app).post(`/api/topics/${tag}-nothing/merges`).send({ into: starter }).expect(404);
    await request(app).post(`/api/topics/${starter}/merges`).send({ into: `${tag}-nothing` }).expect(404);
    expect((await request(app).post(`/api/topics/${starter}/merges`).send({ into: starter }).expect(400)).body.error.code).toBe("bad_request");
    await request(app).put(`/api/topics/${starter}`).send({}).expect(400);
    await request(app).put(`/api/topics/${starter}`).send({ name: 3 }).expect(400);
    await request(app).post(`/api/topics/${starter}/splits`).send({ name: "x", insights: [] }).expect(400);
    await request(app).delete("/api/topic-decisions/00000000-0000-0000-0000-000000000000").expect(404);
  });

  it("needs the token for its writes when one is set", async () => {
    const guarded = createTestApp(db, { apiToken: "a-token-of-sixteen-chars" });
    await request(guarded).put(`/api/topics/${starter}`).send({ pinned: true }).expect(401);
    await request(guarded).get(`/api/topics/${starter}/decisions`).expect(200);
  });

  it("folds a name merged away onto the topic it was merged into, when a later insight names it", async () => {
    await request(app).post(`/api/topics/${levain}/merges`).send({ into: starter }).expect(201);
    const res = await request(app)
      .post("/api/insights")
      .send({ insights: [{ text: `${tag} a stiff levain keeps for a week.`, topics: [`${tag} levain`, `${tag} starters`] }] })
      .expect(201);
    expect(res.body.insights[0].topics.map((t: { slug: string }) => t.slug)).toEqual([starter]);
  });

  it("folds a typed name onto the topic renamed to it", async () => {
    const renamed = await request(app).put(`/api/topics/${starter}`).send({ name: `Mother dough ${tag}` }).expect(200);
    const res = await request(app)
      .post("/api/insights")
      .send({ insights: [{ text: `${tag} a mother dough outlives its baker.`, topics: [`mother dough ${tag}`] }] })
      .expect(201);
    expect(res.body.insights[0].topics).toEqual([expect.objectContaining({ slug: starter, name: `Mother dough ${tag}` })]);
    await request(app).delete(`/api/topic-decisions/${renamed.body.decisions[0].id}`).expect(200);
  });
});
