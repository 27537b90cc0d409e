import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const tag = uniqueTag();
const word = `${tag}quark`;

beforeAll(async () => {
  const insights = [
    { text: `The ${word} model runs on national hardware.`, topics: [`${tag} sovereign compute`] },
    { text: `Two ${word} models and one ${word}ish cousin share weights.`, topics: [`${tag} open weights`] },
    { text: `Nothing here mentions the ${tag}word.`, topics: [`${tag} other`] },
  ];
  await request(app).post("/api/insights").send({ insights }).expect(201);
});

const marked = (text: string, highlights: { start: number; end: number }[]) => highlights.map((h) => text.slice(h.start, h.end));

describe("GET /api/search", () => {
  it("finds insights by a word, whole words before prefixes, with the matches marked", async () => {
    const res = await request(app).get(`/api/search?q=${word}`).expect(200);
    expect(res.body.insights).toHaveLength(2);
    for (const hit of res.body.insights) {
      expect(hit.text).toContain(word);
      expect(marked(hit.text, hit.highlights).every((m: string) => m.toLowerCase().startsWith(word))).toBe(true);
    }
    expect(marked(res.body.insights[1].text, res.body.insights[1].highlights).length).toBeGreaterThan(0);
  });

  it("finds topics by name with a prefix of a word", async () => {
    const res = await request(app).get(`/api/search?q=${encodeURIComponent(`${tag} sovereig`)}`).expect(200);
    const topic = res.body.topics.find((t: { slug: string }) => t.slug === `${tag}-sovereign-compute`);
    expect(topic).toMatchObject({ insightCount: 1 });
    expect(marked(topic.name.toLowerCase(), topic.highlights)).toEqual([tag, "sovereign"]);
  });

  it("pages through insight hits", async () => {
    const all = (await request(app).get(`/api/search?q=${word}`).expect(200)).body.insights;
    const second = (await request(app).get(`/api/search?q=${word}&limit=1&offset=1`).expect(200)).body;
    expect(second.insights.map((h: { id: string }) => h.id)).toEqual([all[1].id]);
    expect(second.topics).toEqual([]);
  });

  it("treats Lucene syntax in a query as text, never as an error", async () => {
    for (const q of ['"(', "AND OR NOT", `${word}~ AND (`, "title:x*", "\\", "[1 TO 5]"]) {
      const res = await request(app).get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    const res = await request(app).get(`/api/search?q=${encodeURIComponent(`${word}~ AND (`)}`).expect(200);
    expect(res.body.insights).toHaveLength(2);
  });

  it("rejects an empty or overlong query", async () => {
    await request(app).get("/api/search?q=").expect(400);
    await request(app).get(`/api/search?q=${"a".repeat(201)}`).expect(400);
  });
});
