import { readFileSync } from "node:fs";
import { join } from "node:path";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";
import { twoSpeakerEpisodeVtt } from "../testing/subtitlesFixture";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const vtt = twoSpeakerEpisodeVtt;

const page = (tag: string) => `<!doctype html><html><head><title>Sovereign AI | Insight Atlas</title>
  <meta property="og:site_name" content="Insight Atlas"></head><body>
  <header><nav><a href="/signup">Sign up</a></nav></header><main><h1>Sovereign AI</h1>
  <blockquote>Governments that rent all their AI from one foreign provider (${tag}) accept a lock-in that can be switched off in a crisis. Open weights are their insurance policy.</blockquote>
  <p>Sign up to get insights like this every week.</p>
  <h2>Related Insights</h2><ul>
  <li><a href="/2">Fine-tuning an open model on local legal text (${tag}) costs a fraction of pretraining and keeps the data at home.</a></li>
  <li><a href="/3">National compute reserves (${tag}) matter more than national model champions for middle powers.</a></li>
  </ul><footer>© Insight Atlas</footer></main></body></html>`;

const fromCount = (title: string) =>
  db.read("test", async (tx) => {
    const result = await tx.run("MATCH (i:Insight)-[f:FROM]->(s:Source {title: $title}) RETURN count(f) AS n, collect(f.speaker) AS speakers", { title });
    return { n: result.records[0]?.get("n") as number, speakers: result.records[0]?.get("speakers") as string[] };
  });

const sourceCount = (title: string) =>
  db.read("test", async (tx) => (await tx.run("MATCH (s:Source {title: $title}) RETURN count(s) AS n", { title })).records[0]?.get("n") as number);

describe("POST /api/sources/upload", () => {
  it("answers with the insights it read, file by file, each one that opens", async () => {
    const tag = uniqueTag();
    const res = await request(app)
      .post("/api/sources/upload")
      .attach("files", Buffer.from(vtt(tag)), `episode-${tag}.vtt`)
      .attach("files", Buffer.from(page(tag)), `page-${tag}.html`)
      .expect(201);
    const insights = res.body.insights as { id: string; text: string }[];
    expect(insights).toHaveLength(res.body.summary.insights);
    expect(insights.every((insight) => insight.text.includes(tag))).toBe(true);
    // The episode's claims come before the page's, as the files were sent.
    expect(insights[0]!.text).toContain("open models");
    expect(insights.at(-1)!.text).not.toContain("open models");
    const opened = await request(app).get(`/api/insights/${insights[0]!.id}`).expect(200);
    expect(opened.body.text).toBe(insights[0]!.text);
  });

  it("ingests each good file, reports each bad one with its reason, and re-uploading changes nothing", async () => {
    const tag = uniqueTag();
    const upload = () =>
      request(app)
        .post("/api/sources/upload")
        .field("show", "Statecraft and Silicon")
        .attach("files", Buffer.from(vtt(tag)), `episode-${tag}.vtt`)
        .attach("files", Buffer.from(page(tag)), `page-${tag}.html`)
        .attach("files", Buffer.from("WEBVTT\n\n00:00:01.000 -> nope\nHi\n"), `broken-${tag}.vtt`)
        .attach("files", Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d]), `paper-${tag}.pdf`)
        .expect(201);
    const first = await upload();
    const byFile = Object.fromEntries(first.body.files.map((f: { file: string }) => [f.file, f]));
    expect(byFile[`episode-${tag}.vtt`]).toMatchObject({ status: "ingested", format: "vtt" });
    expect(byFile[`page-${tag}.html`]).toMatchObject({ status: "ingested", format: "insight-page", sources: [{ insights: 3 }] });
    expect(byFile[`broken-${tag}.vtt`]).toMatchObject({ status: "failed", problems: [expect.stringContaining("malformed WebVTT: expected timestamp at row 3")] });
    expect(byFile[`paper-${tag}.pdf`]).toMatchObject({ status: "failed", problems: [expect.stringContaining("the PDF could not be read")] });
    expect(first.body.summary).toMatchObject({ sources: 2, failed: 2, insights: expect.any(Number) });
    expect(first.body.summary.insights).toBeGreaterThanOrEqual(4);
    expect(await sourceCount(`Broken ${tag}`)).toBe(0);

    const episode = await fromCount(`Episode ${tag}`);
    expect([...episode.speakers].sort()).toEqual(["Maya Chen", "Tomas Lindqvist"]);
    const again = await upload();
    expect(again.body.summary.insights).toBe(first.body.summary.insights);
    // Nothing new the second time, and the answer says so.
    expect(first.body.summary.alreadyPresent).toBe(0);
    expect(again.body.summary.alreadyPresent).toBe(again.body.summary.insights);
    const episodeAgain = await fromCount(`Episode ${tag}`);
    expect(episodeAgain.n).toBe(episode.n);
    expect([...episodeAgain.speakers].sort()).toEqual(["Maya Chen", "Tomas Lindqvist"]);
    expect(await sourceCount(`Episode ${tag}`)).toBe(1);
  });

  it("reads a PDF's text layer into insights with their source, and says why a scanned one gives none", async () => {
    const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../ingest/formats/fixtures", name));
    const answer = await request(app)
      .post("/api/sources/upload")
      .attach("files", fixture("battery-report.pdf"), "battery-report.pdf")
      .attach("files", fixture("no-text.pdf"), "scan.pdf")
      .expect(201);
    const [report, scan] = answer.body.files;
    expect(report).toMatchObject({ status: "ingested", format: "pdf", sources: [{ title: "Why battery storage changes the grid" }] });
    expect(scan).toMatchObject({ status: "failed", problems: [expect.stringContaining("no text layer")] });
    const texts: string[] = answer.body.insights.map((insight: { text: string }) => insight.text);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    // Whole sentences rejoined across the PDF's line breaks, none of its running header or footer.
    expect(texts.every((text) => /^[A-Z][^\n]{60,}\.$/.test(text))).toBe(true);
    expect(texts.join(" ")).not.toMatch(/file:\/\/|\d\/3|AM Why/);
  });

  it("keeps a subtitle claim's start and end times and links an insight page's headline to its list", async () => {
    const tag = uniqueTag();
    const res = await request(app)
      .post("/api/sources/upload")
      .attach("files", Buffer.from(vtt(tag)), `times-${tag}.vtt`)
      .attach("files", Buffer.from(page(tag)), `links-${tag}.html`)
      .expect(201);
    const [episode, listed] = res.body.files;
    expect(episode.sources).toHaveLength(1);
    const insights = await db.read("test", async (tx) =>
      (await tx.run("MATCH (i:Insight)-[:FROM]->(s:Source {id: $id}) RETURN i.id AS id, i.text AS text, i.startSec AS startSec", { id: episode.sources[0].id })).records.map((r) => r.toObject()),
    );
    const maya = insights.find((i) => i.text.startsWith("Most countries"));
    expect(maya?.startSec).toBe(64);
    // The claim runs over two cues: it ends where the second one does.
    const detail = await request(app).get(`/api/insights/${maya?.id}`).expect(200);
    expect(detail.body).toMatchObject({ startSec: 64, endSec: 72 });
    // A reading list of the episode carries both ends into its exports.
    const markdown = await request(app)
      .get("/api/reading-list")
      .query({ topics: detail.body.topics[0].slug, sources: episode.sources[0].id, format: "md" })
      .expect(200);
    expect(markdown.text).toContain("at 1:04–1:12");
    expect(maya?.text).not.toMatch(/Maya|<v|\d\d:\d\d/);

    const headline = await db.read("test", async (tx) =>
      (await tx.run("MATCH (i:Insight)-[f:FROM {position: 0}]->(:Source {id: $id}) RETURN i.id AS id", { id: listed.sources[0].id })).records[0]?.get("id"),
    );
    const related = await request(app).get(`/api/insights/${headline}/related`).expect(200);
    const linked = related.body.related.filter((r: { reason: string }) => r.reason.startsWith("listed together on Sovereign AI"));
    expect(linked.map((r: { text: string }) => r.text).sort()).toEqual([
      `Fine-tuning an open model on local legal text (${tag}) costs a fraction of pretraining and keeps the data at home.`,
      `National compute reserves (${tag}) matter more than national model champions for middle powers.`,
    ]);
  });

  it("answers 422 with each file's reason when no file gives an insight", async () => {
    const tag = uniqueTag();
    const res = await request(app)
      .post("/api/sources/upload")
      .attach("files", Buffer.from("Host: Welcome back! Guest: Thanks for having me. Host: Ready?"), `chatter-${tag}.txt`)
      .attach("files", Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]), `noise-${tag}.txt`)
      .expect(422);
    expect(res.body.error.code).toBe("unprocessable");
    const files = res.body.error.details.files as { file: string; status: string; problems: string[] }[];
    expect(files.map((f) => [f.file, f.status])).toEqual([
      [`chatter-${tag}.txt`, "failed"],
      [`noise-${tag}.txt`, "failed"],
    ]);
    expect(files[0]!.problems[0]).toMatch(/only chatter or questions/);
    expect(files[1]!.problems[0]).toMatch(/control characters|binary/);
  });

  it("refuses a request without files and a file over the size limit", async () => {
    await request(app).post("/api/sources/upload").field("show", "x").expect(400);
    const big = createTestApp(db, { apiToken: undefined });
    const res = await request(big).post("/api/sources/upload").attach("files", Buffer.alloc(11 * 1024 * 1024, 97), "huge.txt");
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });
});

describe("POST /api/sources with a format", () => {
  it("reads subtitles given inline and refuses malformed ones with the reason", async () => {
    const tag = uniqueTag();
    const ok = await request(app).post("/api/sources").send({ title: `Inline ${tag}`, format: "vtt", text: vtt(tag) }).expect(201);
    expect(ok.body.insights.length).toBeGreaterThanOrEqual(1);
    const bad = await request(app).post("/api/sources").send({ title: `Bad ${tag}`, format: "srt", text: "1\nnot a time\nHi" }).expect(400);
    expect(bad.body.error.message).toMatch(/^body\.text: malformed SRT/);
    expect(await sourceCount(`Bad ${tag}`)).toBe(0);
  });
});
