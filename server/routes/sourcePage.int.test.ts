import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";
import { twoSpeakerEpisodeVtt } from "../testing/subtitlesFixture";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

/** The episode, and a third claim of Maya's after Tomas's. */
const vtt = (tag: string) =>
  `${twoSpeakerEpisodeVtt(tag)}\n\n00:03:10.000 --> 00:03:16.000\n<v Maya Chen>Public compute reserves (${tag}) matter more to middle powers than a national model champion.`;

interface Answer {
  source: { id: string; title: string; url: string | null; status: string; insightCount: number; reingest: string | null };
  format: string | null;
  speakers: { name: string }[];
  insights: { id: string; text: string; startSec: number | null; endSec: number | null; topics: unknown[]; speaker: { name: string } | null }[];
}

describe("GET /api/sources/:id", () => {
  it("answers an uploaded episode with its speakers and its insights in the order said, with their times", async () => {
    const tag = uniqueTag();
    const upload = await request(app).post("/api/sources/upload").attach("files", Buffer.from(vtt(tag)), `episode-${tag}.vtt`).expect(201);
    const id = upload.body.files[0].sources[0].id as string;

    const { body } = (await request(app).get(`/api/sources/${id}`).expect(200)) as { body: Answer };
    expect(body.source).toMatchObject({ id, title: expect.any(String), url: null, status: "ingested", insightCount: 3, reingest: "stored" });
    expect(body.format).toBe("vtt");
    expect(body.speakers.map((s) => s.name)).toEqual(["Maya Chen", "Tomas Lindqvist"]);
    expect(body.insights.map((i) => [i.text.slice(0, 24), i.speaker?.name, i.startSec, i.endSec])).toEqual([
      ["Most countries will adap", "Maya Chen", 64, 72],
      ["Export controls on advan", "Tomas Lindqvist", 140, 145],
      ["Public compute reserves ", "Maya Chen", 190, 196],
    ]);
    expect(body.insights.every((i) => i.topics.length > 0)).toBe(true);
  });

  it("never hands out a link that is not http(s)", async () => {
    const tag = uniqueTag();
    const insights = [{ text: `Sovereign AI budgets in ${tag} go to compute first.`, topics: [`${tag} compute`], source: { title: `Notes ${tag}`, url: `https://example.org/${tag}` } }];
    await request(app).post("/api/insights").send({ insights }).expect(201);
    const listed = await request(app).get("/api/sources").query({ q: tag }).expect(200);
    const id = listed.body.sources[0].id as string;
    await db.write("test", (tx) => tx.run("MATCH (s:Source {id: $id}) SET s.url = 'javascript:alert(1)'", { id }));
    const { body } = (await request(app).get(`/api/sources/${id}`).expect(200)) as { body: Answer };
    expect(body.source.url).toBeNull();
    expect(body).toMatchObject({ format: null, speakers: [], insights: [{ startSec: null, endSec: null, speaker: null }] });
  });

  it("answers 404 for an unknown source and 400 for a malformed id", async () => {
    const missing = await request(app).get(`/api/sources/${"0".repeat(32)}`).expect(404);
    expect(missing.body.error.code).toBe("not_found");
    const bad = await request(app).get("/api/sources/not-an-id").expect(400);
    expect(bad.body.error.message).toContain("path.id");
  });
});
