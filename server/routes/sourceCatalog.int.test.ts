import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

/** Counts and facts about one test's data, read straight from Neo4j. */
const graphOf = (tag: string) =>
  db.read("test", async (tx) => {
    const result = await tx.run(
      `RETURN
         COLLECT { MATCH (i:Insight) WHERE i.text CONTAINS $tag RETURN i.text } AS insights,
         COLLECT { MATCH (t:Topic) WHERE t.slug STARTS WITH $tag RETURN t.slug + '=' + toString(t.insightCount) } AS topics,
         COLLECT { MATCH (a:Topic)-[c:CO_OCCURS]->(b:Topic) WHERE a.slug STARTS WITH $tag RETURN a.slug + '|' + b.slug + '=' + toString(c.count) } AS links,
         COLLECT { MATCH (a:Insight)-[:RELATED_TO]->(b:Insight) WHERE a.text CONTAINS $tag RETURN a.text + ' -> ' + b.text } AS related`,
      { tag },
    );
    const record = result.records[0]!;
    return {
      insights: (record.get("insights") as string[]).sort(),
      topics: (record.get("topics") as string[]).sort(),
      links: (record.get("links") as string[]).sort(),
      related: record.get("related") as string[],
    };
  });

/** Two sources: the first alone supports `only`, both support `shared`, the second alone `other`. */
async function twoSources(tag: string) {
  const first = { title: `First ${tag}`, url: `https://example.org/${tag}/first` };
  const second = { title: `Second ${tag}`, url: `https://example.org/${tag}/second` };
  const only = `Only the first ${tag} says compute budgets should be pooled across borders.`;
  const shared = `Both ${tag} sources say open weights let ministries audit their chatbots.`;
  const other = `The second ${tag} adds that pooled compute budgets need shared audits.`;
  const insights = [
    { text: only, topics: [`${tag} compute`, `${tag} gone`], source: first },
    { text: shared, topics: [`${tag} audit`, `${tag} compute`], source: first },
    { text: shared, topics: [`${tag} audit`, `${tag} compute`], source: second },
    { text: other, topics: [`${tag} compute`, `${tag} audit`], source: second },
  ];
  await request(app).post("/api/insights").send({ insights }).expect(201);
  const listed = await request(app).get("/api/sources").query({ q: tag, sort: "title" }).expect(200);
  return { listed: listed.body, texts: { only, shared, other } };
}

describe("GET /api/sources", () => {
  it("lists sources with their insight counts, searched and sorted", async () => {
    const tag = uniqueTag();
    const { listed } = await twoSources(tag);
    expect(listed.total).toBe(2);
    expect(listed.sources.map((s: { title: string; insightCount: number; status: string; sample: boolean; kind: string }) => [s.title, s.insightCount, s.status, s.sample, s.kind])).toEqual([
      [`First ${tag}`, 2, "ingested", false, "note"],
      [`Second ${tag}`, 2, "ingested", false, "note"],
    ]);
    const byTitle = await request(app).get("/api/sources").query({ q: `second ${tag.toUpperCase()}` }).expect(200);
    expect(byTitle.body.sources.map((s: { title: string }) => s.title)).toEqual([`Second ${tag}`]);
    await request(app).get("/api/sources").query({ sort: "sideways" }).expect(400);
  });
});

describe("DELETE /api/sources/:id", () => {
  it("deletes what only that source held and recomputes what it touched, in one go", async () => {
    const tag = uniqueTag();
    const { listed, texts } = await twoSources(tag);
    const before = await graphOf(tag);
    expect(before.topics).toEqual([`${tag}-audit=2`, `${tag}-compute=3`, `${tag}-gone=1`]);
    expect(before.links).toContain(`${tag}-audit|${tag}-compute=2`);
    expect(before.links).toContain(`${tag}-compute|${tag}-gone=1`);
    expect(before.related.some((line) => line.endsWith(`-> ${texts.only}`) || line.startsWith(`${texts.only} ->`))).toBe(true);

    const first = listed.sources[0].id;
    const res = await request(app).delete(`/api/sources/${first}`).expect(200);
    expect(res.body).toMatchObject({ deleted: [first], insights: 1, topics: 1 });
    expect(res.body.relatedRecomputed).toBeGreaterThanOrEqual(1);

    const after = await graphOf(tag);
    expect(after.insights).toEqual([texts.other, texts.shared].sort());
    expect(after.topics).toEqual([`${tag}-audit=2`, `${tag}-compute=2`]);
    expect(after.links).toEqual([`${tag}-audit|${tag}-compute=2`]);
    expect(after.related.join("\n")).not.toContain(texts.only);
    // The survivors' lists were recomputed, so they still name each other.
    expect(after.related.length).toBeGreaterThan(0);
    const sources = await request(app).get("/api/sources").query({ q: tag }).expect(200);
    expect(sources.body.sources.map((s: { title: string; insightCount: number }) => [s.title, s.insightCount])).toEqual([[`Second ${tag}`, 2]]);

    await request(app).delete(`/api/sources/${first}`).expect(404);
    await request(app).get(`/api/topics/${tag}-gone`).expect(404);
  });

  it("is a 404 for an unknown source and a 400 for something that is not an id", async () => {
    const unknown = await request(app).delete(`/api/sources/${"0".repeat(32)}`).expect(404);
    expect(unknown.body.error.code).toBe("not_found");
    await request(app).delete("/api/sources/not-an-id").expect(400);
  });

  it("needs the token when the app has one", async () => {
    const guarded = createTestApp(db, { apiToken: "s3cret-token" });
    await request(guarded).delete(`/api/sources/${"0".repeat(32)}`).expect(401);
    await request(guarded).delete(`/api/sources/${"0".repeat(32)}`).set("authorization", "Bearer s3cret-token").expect(404);
  });
});

describe("DELETE /api/insights/:id", () => {
  const idOf = (text: string) =>
    db.read("test", async (tx) => (await tx.run("MATCH (i:Insight {text: $text}) RETURN i.id AS id", { text })).records[0]?.get("id") as string);

  it("deletes one insight with its links and recomputes what pointed at it; its sources stay", async () => {
    const tag = uniqueTag();
    const { texts } = await twoSources(tag);
    const res = await request(app).delete(`/api/insights/${await idOf(texts.only)}`).expect(200);
    expect(res.body).toMatchObject({ topics: 1 });
    expect(res.body.relatedRecomputed).toBeGreaterThanOrEqual(1);

    const after = await graphOf(tag);
    expect(after.insights).toEqual([texts.other, texts.shared].sort());
    expect(after.topics).toEqual([`${tag}-audit=2`, `${tag}-compute=2`]);
    expect(after.related.join("\n")).not.toContain(texts.only);
    const sources = await request(app).get("/api/sources").query({ q: tag, sort: "title" }).expect(200);
    expect(sources.body.sources.map((s: { title: string; insightCount: number }) => [s.title, s.insightCount])).toEqual([
      [`First ${tag}`, 1],
      [`Second ${tag}`, 2],
    ]);
    await request(app).delete(`/api/insights/${res.body.deleted}`).expect(404);
  });

  it("is a 400 for something that is not an id, and needs the token when the app has one", async () => {
    await request(app).delete("/api/insights/not-an-id").expect(400);
    const guarded = createTestApp(db, { apiToken: "s3cret-token" });
    await request(guarded).delete(`/api/insights/${"0".repeat(32)}`).expect(401);
  });
});
