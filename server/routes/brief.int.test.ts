import { Brief } from "@shared/api/brief";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import express from "express";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorHandler } from "../middleware/errorHandler";
import { buildInsight, connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";
import { storeBrief } from "../repositories/dailyBriefs";
import { briefRouter } from "./brief";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const tag = uniqueTag();
const theme = `${tag}-theme`;
const episode = (n: number) => ({ title: `Episode ${n} of ${tag}`, url: `https://example.org/${tag}/${n}`, publishedAt: "2026-11-20" });
const claims = [
  { text: `Middle powers ${tag} should pool compute budgets across borders.`, source: episode(1) },
  { text: `Open weights ${tag} let ministries audit what their chatbots say.`, source: episode(1) },
  { text: `Procurement rules ${tag} decide more about sovereignty than research grants.`, source: episode(2) },
  { text: `Language models ${tag} for small languages need public text corpora first.`, source: episode(3) },
];

/** The brief router alone, on its own clock and its own profile, so tests can move through days. */
function briefApp(day: string, profile: string) {
  return express()
    .use(briefRouter(db, () => new Date(`${day}T09:00:00Z`), profile))
    .use(errorHandler(() => undefined));
}

beforeAll(async () => {
  await request(app)
    .post("/api/insights")
    .send({ insights: claims.map((claim) => buildInsight(tag, { ...claim, topics: [theme] })) })
    .expect(201);
});

describe("the profile", () => {
  it("follows and unfollows a topic, kept in Neo4j", async () => {
    const followed = await request(app).put(`/api/profile/follows/${theme}`).expect(200);
    expect(followed.body.follows).toContainEqual({ slug: theme, name: expect.any(String), insightCount: 4 });
    expect((await request(app).get("/api/profile").expect(200)).body.follows.map((t: { slug: string }) => t.slug)).toContain(theme);
    await request(app).put(`/api/profile/follows/${theme}`).expect(200); // twice is once
    const unfollowed = await request(app).delete(`/api/profile/follows/${theme}`).expect(200);
    expect(unfollowed.body.follows.map((t: { slug: string }) => t.slug)).not.toContain(theme);
    await request(app).put(`/api/profile/follows/${tag}-nothing`).expect(404);
  });
});

describe("the brief", () => {
  const profile = `${tag}-reader`;

  it("is empty, and says why, for a profile that follows nothing", async () => {
    const res = await request(briefApp("2026-11-21", profile)).get("/api/brief").expect(200);
    expect(Brief.parse(res.body)).toMatchObject({ followed: true, topics: [], items: [] });
  });

  it("ranks the followed topics' insights since a date, one per source first", async () => {
    await request(briefApp("2026-11-21", profile)).put(`/api/profile/follows/${theme}`).expect(200);
    const brief = Brief.parse((await request(briefApp("2026-11-21", profile)).get("/api/brief?limit=3&since=2026-11-01").expect(200)).body);
    expect(brief).toMatchObject({ followed: true, since: "2026-11-01", topics: [{ slug: theme }] });
    expect(brief.items).toHaveLength(3);
    expect(new Set(brief.items.map((item) => item.source?.title)).size).toBe(3);
    expect(brief.items.every((item) => item.score.novelty === 1)).toBe(true);
    const totals = brief.items.map((item) => item.score.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it("prefers what an earlier day's brief did not feature", async () => {
    const fresh = `${tag}-fresh`;
    const texts = [
      `National clouds ${tag} pay off only with shared procurement.`,
      `Regional data centres ${tag} lower latency for public services.`,
      `Sovereign funds ${tag} rarely buy accelerators at list price.`,
    ];
    await request(app)
      .post("/api/insights")
      .send({ insights: texts.map((text, n) => buildInsight(tag, { text, topics: [fresh], source: episode(10 + n) })) })
      .expect(201);
    const named = `/api/brief?topics=${fresh}&since=2026-11-01&limit=1`;
    const first = Brief.parse((await request(briefApp("2026-11-22", profile)).get(named).expect(200)).body);
    // Reading a brief writes nothing: asked again, nothing it featured counts as sent.
    const again = Brief.parse((await request(briefApp("2026-11-23", profile)).get(named).expect(200)).body);
    expect(again.items.map((item) => [item.id, item.score.novelty])).toEqual(first.items.map((item) => [item.id, 1]));
    const featured = await db.read("test", async (tx) =>
      Number((await tx.run("MATCH (:Brief)-[f:FEATURED]->(:Insight {id: $id}) RETURN count(f) AS n", { id: first.items[0]!.id })).records[0]!.get("n")),
    );
    expect(featured).toBe(0);
    // A brief stored on the 22nd (by the schedule or POST /api/brief/send) counts from the next day.
    await db.write("test", (tx) => storeBrief(tx, { id: "2026-11-22", generatedAt: "2026-11-22T07:00:00.000Z", document: "{}", ids: [first.items[0]!.id] }, true));
    const sameDay = Brief.parse((await request(briefApp("2026-11-22", profile)).get(named).expect(200)).body);
    expect(sameDay.items[0]!.score.novelty).toBe(1);
    const nextDay = Brief.parse((await request(briefApp("2026-11-23", profile)).get(named.replace("limit=1", "limit=3")).expect(200)).body);
    expect(nextDay.items.map((item) => item.score.novelty)).toEqual([1, 1, 0]);
    expect(nextDay.items.at(-1)!.id).toBe(first.items[0]!.id);
    await db.write("test", (tx) => tx.run("MATCH (b:Brief {id: $id}) DETACH DELETE b", { id: "2026-11-22" }));
  });

  it("leaves out insights published before `since`", async () => {
    const brief = Brief.parse((await request(app).get(`/api/brief?topics=${theme}&since=2026-11-21`).expect(200)).body);
    expect(brief.items).toEqual([]);
  });

  it("answers as Markdown, a printable page and an Atom feed", async () => {
    const query = `?topics=${theme}&since=2026-11-01`;
    const md = await request(app).get(`/api/brief.md${query}`).expect(200);
    expect(md.headers["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(md.text).toMatch(/^# Brief: .+ since 2026-11-01$/m);
    const html = await request(app).get(`/api/brief.html${query}`).expect(200);
    expect(html.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(html.text).toContain("<!doctype html>");
    const atom = await request(app).get(`/api/brief.atom${query}`).expect(200);
    expect(atom.headers["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(XMLValidator.validate(atom.text)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(atom.text).feed;
    expect(feed.entry).toHaveLength(4);
    expect(feed.entry.every((entry: { id: string }) => /^urn:insight-graph:insight:[a-f0-9]{32}$/.test(entry.id))).toBe(true);
    expect(feed.entry[0].link["@_href"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/insights\/[a-f0-9]{32}$/);
  });
});
