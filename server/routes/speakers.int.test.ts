import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const episode = (tag: string, n: number, lines: readonly string[]) => ({
  title: `Episode ${n} ${tag}`,
  show: `Compute Weekly ${tag}`,
  kind: "podcast-episode",
  url: `https://example.org/${tag}/episodes/${n}`,
  publishedAt: `2026-10-0${n}`,
  text: lines.join("\n"),
});

const speakersOf = async (insightId: string) =>
  (await request(app).get(`/api/insights/${insightId}/evidence`).expect(200)).body as {
    speakers: { id: string; name: string; named: boolean }[];
    sources: number;
    summary: string;
  };

describe("speakers", () => {
  it("makes one person of 'Maya Chen' and 'Maya' across a show's episodes, and keeps 'Speaker 1' a voice of its episode", async () => {
    const tag = uniqueTag();
    const first = await request(app)
      .post("/api/sources")
      .send(
        episode(tag, 1, [
          `Maya Chen: Sovereign AI in ${tag} is mostly about running adapted open-source models on national compute rather than training frontier models.`,
          `Speaker 1: Export controls on advanced chips slowed datacentre building in ${tag} by two years.`,
        ]),
      )
      .expect(201);
    const second = await request(app)
      .post("/api/sources")
      .send(
        episode(tag, 2, [
          `Maya: Fine-tuning an open model on local legal data in ${tag} costs a fraction of pretraining and keeps the data inside the country.`,
          `Speaker 1: Governments in ${tag} that depend on one foreign API provider accept a vendor lock-in that can be switched off in a crisis.`,
        ]),
      )
      .expect(201);
    const ids = [...first.body.insights, ...second.body.insights].map((i: { id: string; text: string }) => i);
    const said = await Promise.all(ids.map(async (i) => ({ text: i.text, speakers: (await speakersOf(i.id)).speakers })));
    const maya = said.filter((s) => /Sovereign AI|Fine-tuning/.test(s.text)).map((s) => s.speakers);
    expect(maya).toHaveLength(2);
    expect(maya[0]).toEqual([expect.objectContaining({ name: "Maya Chen", named: true })]);
    expect(maya[1]![0]!.id).toBe(maya[0]![0]!.id);
    const voices = said.filter((s) => /Export controls|vendor lock-in/.test(s.text)).map((s) => s.speakers[0]!);
    expect(voices).toHaveLength(2);
    expect(voices.every((v) => !v.named)).toBe(true);
    expect(voices[0]!.id).not.toBe(voices[1]!.id);

    const page = await request(app).get(`/api/speakers/${maya[0]![0]!.id}`).expect(200);
    expect(page.body.speaker).toMatchObject({ name: "Maya Chen", aliases: ["Maya"], show: `Compute Weekly ${tag}`, named: true });
    expect(page.body.claims.map((c: { text: string }) => c.text)).toHaveLength(2);
    expect(page.body.claims[0].source.publishedAt).toBe("2026-10-02");
    expect(page.body.shows).toEqual([{ show: `Compute Weekly ${tag}`, sources: 2 }]);
  });

  it("counts where an insight was said, in words a reader takes in at once", async () => {
    const tag = uniqueTag();
    const line = `Maya Chen: Open models adapted to ${tag} data beat renting a foreign frontier model for public services.`;
    const first = await request(app).post("/api/sources").send(episode(tag, 1, [line])).expect(201);
    await request(app).post("/api/sources").send(episode(tag, 2, [line])).expect(201);
    const evidence = await speakersOf(first.body.insights[0].id);
    expect(evidence).toMatchObject({ sources: 2, summary: "said in 2 sources across 1 show, by 1 speaker" });
  });

  it("forgets what a deleted source said: its speaker goes when nothing else of theirs is left", async () => {
    const tag = uniqueTag();
    const line = `Maya Chen: Open models adapted to ${tag} data beat renting a foreign frontier model for public services.`;
    const first = await request(app).post("/api/sources").send(episode(tag, 1, [line])).expect(201);
    const second = await request(app).post("/api/sources").send(episode(tag, 2, [line])).expect(201);
    const insightId = first.body.insights[0].id;
    const [maya] = (await speakersOf(insightId)).speakers;
    await request(app).delete(`/api/sources/${first.body.source.id}`).expect(200);
    expect(await speakersOf(insightId)).toMatchObject({ sources: 1, speakers: [{ id: maya!.id }] });
    await request(app).delete(`/api/sources/${second.body.source.id}`).expect(200);
    await request(app).get(`/api/speakers/${maya!.id}`).expect(404);
  });

  it("answers 404 for an unknown speaker or insight, 400 for a malformed id", async () => {
    await request(app).get(`/api/speakers/${"0".repeat(32)}`).expect(404);
    await request(app).get(`/api/insights/${"0".repeat(32)}/evidence`).expect(404);
    await request(app).get("/api/speakers/not-an-id").expect(400);
  });
});
