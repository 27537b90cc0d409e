import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const episode = (tag: string) => ({
  title: `Episode ${tag}`,
  show: "The Test Show",
  kind: "podcast-episode",
  url: `https://example.org/episodes/${tag}`,
  publishedAt: "2026-10-01",
  text: [
    "Host: Welcome back to the show, and thanks for joining us today.",
    `Guest: Happy to be here. The main point is that sovereign AI is less about training frontier models and more about running adapted open-source models on national compute (${tag}).`,
    "Host: Why does that matter?",
    "Guest: Fine-tuning an open model on local legal and health data costs a fraction of pretraining, and it keeps sensitive data inside the country.",
    "Guest: Governments that depend on a single foreign API provider accept a vendor lock-in that can be switched off in a crisis.",
    "Host: Great, thanks. Don't forget to subscribe.",
  ].join("\n"),
});

const fromEdges = (sourceUrl: string) =>
  db.read("test", async (tx) => {
    const result = await tx.run("MATCH (:Insight)-[f:FROM]->(s:Source {url: $url}) RETURN count(f) AS n", { url: sourceUrl });
    return result.records[0]?.get("n") as number;
  });

describe("POST /api/sources", () => {
  it("extracts claims with topics from a transcript and skips the chatter", async () => {
    const tag = uniqueTag();
    const res = await request(app).post("/api/sources").send(episode(tag)).expect(201);
    expect(res.body.source).toMatchObject({ id: expect.stringMatching(/^[a-f0-9]{32}$/), title: `Episode ${tag}` });
    const texts: string[] = res.body.insights.map((i: { text: string }) => i.text);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts.some((text) => text.includes("sovereign AI"))).toBe(true);
    for (const text of texts) {
      expect(text).not.toMatch(/^(Host|Guest):/);
      expect(text).not.toMatch(/welcome|subscribe|\?$/i);
    }
    // Topics are discovered from the text, so only their presence is fixed, not their names.
    for (const insight of res.body.insights as { topics: { slug: string }[] }[]) expect(insight.topics.length).toBeGreaterThanOrEqual(1);
  });

  it("changes nothing when the same source is ingested again", async () => {
    const tag = uniqueTag();
    const first = await request(app).post("/api/sources").send(episode(tag)).expect(201);
    const edges = await fromEdges(`https://example.org/episodes/${tag}`);
    const again = await request(app).post("/api/sources").send(episode(tag)).expect(201);
    expect(again.body.source.id).toBe(first.body.source.id);
    expect(again.body.insights.map((i: { id: string }) => i.id)).toEqual(first.body.insights.map((i: { id: string }) => i.id));
    expect(await fromEdges(`https://example.org/episodes/${tag}`)).toBe(edges);
    expect(edges).toBe(first.body.insights.length);
  });

  it("gives every insight a confidence, in the answer and on its page", async () => {
    const tag = uniqueTag();
    const res = await request(app).post("/api/sources").send(episode(tag)).expect(201);
    for (const insight of res.body.insights as { id: string; confidence: number }[]) {
      expect(insight.confidence).toBeGreaterThan(0);
      expect(insight.confidence).toBeLessThanOrEqual(1);
      const page = await request(app).get(`/api/insights/${insight.id}`).expect(200);
      expect(page.body.confidence).toBe(insight.confidence);
    }
  });

  it("says why a source gives no insight, with a 422 and nothing stored", async () => {
    const tag = uniqueTag();
    const chatter = { title: `Chatter ${tag}`, text: "Host: Welcome back! Guest: Thanks for having me. Host: Ready? Guest: Sure, go ahead." };
    const res = await request(app).post("/api/sources").send(chatter).expect(422);
    expect(res.body.error).toMatchObject({ code: "unprocessable", message: expect.stringContaining("only chatter or questions") });
    const sources = await db.read("test", async (tx) => (await tx.run("MATCH (s:Source {title: $t}) RETURN count(s) AS n", { t: chatter.title })).records[0]?.get("n"));
    expect(sources).toBe(0);
    const french = "Le gouvernement a annoncé aujourd'hui de nouvelles mesures pour soutenir la croissance économique. ".repeat(4);
    const foreign = await request(app).post("/api/sources").send({ title: `Nouvelles ${tag}`, text: french }).expect(422);
    expect(foreign.body.error.message).toMatch(/French \(detected\).*EXTRACTOR=llm/);
  });

  it("refuses text made only of control characters or binary bytes with a 400", async () => {
    const res = await request(app).post("/api/sources").send({ title: "Noise", text: "\u0001\u0002\u0003\u0004\u0005" }).expect(400);
    expect(res.body.error.message).toContain("body.text");
  });

  it("names the missing field", async () => {
    const res = await request(app).post("/api/sources").send({ text: "Some text." }).expect(400);
    expect(res.body.error.message).toContain("body.title");
  });
});
