import { CreateFeed, FeedWithCheck, ListFeeds } from "@shared/api/feeds";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { createHeuristicExtractor } from "../extract/heuristic";
import { podcastRss, startFeedServer, type FeedServer, type TestEpisode } from "../testing/feedServer";
import { connectTestDatabase, uniqueTag } from "../testing/harness";
import { startStubOpenAi, type StubOpenAi } from "../testing/stubOpenAi";
import { createTranscriber } from "./transcribe";

const db = connectTestDatabase();
let server: FeedServer;
let stub: StubOpenAi;
let transcriptionRequests = 0;
/** Loopback stands in for the public internet here; every other private range stays refused. */
const onlyLoopback = (address: string) => address === "127.0.0.1";

const appWith = (settings: Parameters<typeof createApp>[0]["feedSettings"]) =>
  createApp({ waitForEnrichment: true, db, extractor: createHeuristicExtractor(), relatedK: 10, log: () => undefined, feedSettings: settings });
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  server = await startFeedServer();
  stub = await startStubOpenAi("audio/transcriptions", (body) => {
    transcriptionRequests += 1;
    const multipart = String((body.raw as Buffer | undefined) ?? "");
    if (!multipart.includes('name="model"') || !multipart.includes("whisper-1")) return { status: 400, body: { error: { message: "no model" } } };
    return {
      status: 200,
      body: {
        text: "whole text",
        segments: [
          { start: 0, end: 30, text: "Sovereign compute budgets matter more than research grants for middle powers." },
          { start: 95.4, end: 120, text: "Regional clouds let small states keep their health data under their own law." },
        ],
      },
    };
  });
  const transcriber = createTranscriber({ baseUrl: stub.baseUrl, model: "whisper-1", maxBytes: 1_000_000 });
  app = appWith({ allowAddress: onlyLoopback, transcriber, maxBytes: 200_000, subscribeWaitMs: 55_000 });
});
afterAll(async () => {
  await server.close();
  await stub.close();
  await db.close();
});

const claim = (tag: string, n: number) =>
  `Small nations ${tag} should fund shared compute clusters instead of training frontier models alone, episode ${n} argues. ` +
  `Open weights ${tag} let ministries audit what their public chatbots say about health and tax law.`;
const episode = (tag: string, n: number, extra: Partial<TestEpisode> = {}): TestEpisode => ({
  guid: `${tag}-guid-${n}`,
  title: `Episode ${n} of ${tag}`,
  notes: `<p>${claim(tag, n)}</p>`,
  date: `2026-11-${String(10 + n).padStart(2, "0")}T08:00:00Z`,
  ...extra,
});

async function follow(url: string) {
  const res = await request(app).post(CreateFeed.path).send({ url }).expect(201);
  return FeedWithCheck.parse(res.body);
}
const check = async (id: string) => FeedWithCheck.parse((await request(app).post(`/api/feeds/${id}/check`).expect(200)).body);

async function episodesOf(feedId: string): Promise<{ ingested: number; sources: number }> {
  return db.read("test", async (tx) => {
    const result = await tx.run(
      `MATCH (:Feed {id: $feedId})-[:HAS_EPISODE]->(e:FeedEpisode)
       OPTIONAL MATCH (s:Source {id: e.sourceId})
       RETURN count(CASE WHEN e.status = 'ingested' THEN 1 END) AS ingested, count(DISTINCT s) AS sources`,
      { feedId },
    );
    return { ingested: Number(result.records[0]!.get("ingested")), sources: Number(result.records[0]!.get("sources")) };
  });
}

describe("following a podcast", () => {
  it("reads its episodes at once, then a new item once at the next check, and nothing twice", async () => {
    const tag = uniqueTag();
    const path = `/${tag}/feed.xml`;
    server.serve(path, { body: podcastRss(`Show ${tag}`, [episode(tag, 1), episode(tag, 2)]) });
    const first = await follow(`${server.base}${path}`);
    expect(first.check).toMatchObject({ status: "ingested", newEpisodes: 2 });
    expect(first.feed).toMatchObject({ title: `Show ${tag}`, episodes: 2, lastError: null, failures: 0 });
    expect(first.check!.sources.every((s) => s.textFrom === "show-notes" && s.insights > 0)).toBe(true);

    server.serve(path, { body: podcastRss(`Show ${tag}`, [episode(tag, 3), episode(tag, 1), episode(tag, 2)]) });
    const second = await check(first.feed.id);
    expect(second.check).toMatchObject({ status: "ingested", newEpisodes: 1 });
    expect(second.check!.sources[0]!.title).toBe(`Episode 3 of ${tag}`);
    expect(second.feed.episodes).toBe(3);

    // The same items again (the feed's bytes changed, so no 304): nothing new.
    server.serve(path, { body: podcastRss(`Show ${tag} `, [episode(tag, 3), episode(tag, 1), episode(tag, 2)]) });
    expect((await check(first.feed.id)).check).toMatchObject({ status: "unchanged", newEpisodes: 0 });
    expect(await episodesOf(first.feed.id)).toEqual({ ingested: 3, sources: 3 });
    const listed = ListFeeds.response.parse((await request(app).get("/api/feeds").expect(200)).body);
    expect(listed.feeds.find((f) => f.id === first.feed.id)).toMatchObject({ episodes: 3, checking: false, nextCheckAt: expect.any(String) });
  });

  it("asks conditionally, and an unchanged feed answers 304", async () => {
    const tag = uniqueTag();
    const path = `/${tag}/feed.xml`;
    server.serve(path, { body: podcastRss(`Show ${tag}`, [episode(tag, 1)]) });
    const { feed } = await follow(`${server.base}${path}`);
    const again = await check(feed.id);
    expect(again.check).toMatchObject({ status: "unchanged" });
    expect(server.hits.get(path)).toEqual({ requests: 2, notModified: 1 });
  });

  it("backs off a dead feed and says why", async () => {
    const tag = uniqueTag();
    const path = `/${tag}/feed.xml`;
    server.serve(path, { body: podcastRss(`Show ${tag}`, [episode(tag, 1)]) });
    const { feed } = await follow(`${server.base}${path}`);
    server.serve(path, { status: 503 });
    const once = await check(feed.id);
    expect(once.check).toMatchObject({ status: "failed", problems: ["the server answered 503 Service Unavailable"] });
    expect(once.feed.lastError).toMatch(/503 Service Unavailable \(failed 1 time in a row/);
    const twice = await check(feed.id);
    expect(twice.feed.failures).toBe(2);
    const wait = (f: typeof once.feed) => Date.parse(f.nextCheckAt!) - Date.parse(f.lastCheckedAt!);
    expect(wait(twice.feed)).toBeGreaterThan(wait(once.feed) * 1.5);
    expect(wait(twice.feed)).toBeGreaterThan(3 * 3_600_000); // 4 h ± 10% at the default hourly poll

    server.serve(path, { body: podcastRss(`Show ${tag}`, [episode(tag, 1), episode(tag, 2)]) });
    const back = await check(feed.id);
    expect(back.feed).toMatchObject({ failures: 0, lastError: null, episodes: 2 });
  });

  it("refuses a private address unless FEEDS_ALLOW_PRIVATE is set", async () => {
    const tag = uniqueTag();
    const path = `/${tag}/feed.xml`;
    server.serve(path, { body: podcastRss(`Show ${tag}`, [episode(tag, 1)]) });
    const strict = appWith({});
    const refused = await request(strict).post(CreateFeed.path).send({ url: `${server.base}${path}` }).expect(422);
    expect(refused.body.error.message).toMatch(/private, loopback or link-local address \(set FEEDS_ALLOW_PRIVATE=1/);
    const metadata = await request(strict).post(CreateFeed.path).send({ url: "http://169.254.169.254/latest/meta-data/" }).expect(422);
    expect(metadata.body.error.message).toMatch(/link-local/);
    const allowed = await request(appWith({ allowPrivate: true, subscribeWaitMs: 55_000 })).post(CreateFeed.path).send({ url: `${server.base}${path}` }).expect(201);
    expect(allowed.body.check.status).toBe("ingested");
  });

  it("answers 4xx, never 5xx, for bad input, and leaves no half-read episode", async () => {
    const tag = uniqueTag();
    server.serve(`/${tag}/page`, { body: "<!doctype html><html><body><p>A web page</p></body></html>", type: "text/html" });
    server.serve(`/${tag}/broken.xml`, { body: "<rss><channel><title>x</title><item></channel>" });
    server.serve(`/${tag}/json`, { body: '{"not":"a feed"}', type: "application/json" });
    for (const path of ["page", "broken.xml", "json", "missing"]) {
      const res = await request(app).post(CreateFeed.path).send({ url: `${server.base}/${tag}/${path}` });
      expect(res.status, path).toBe(422);
      expect(res.body.error.message, path).toContain("cannot be followed");
    }
    const page = await request(app).post(CreateFeed.path).send({ url: `${server.base}/${tag}/page` });
    expect(page.body.error.message).toContain("a web page (HTML), not an RSS or Atom feed");
    for (const body of [{ url: "file:///etc/passwd" }, { url: "not a url" }, {}, { url: "https://example.org/feed", extra: 1 }]) {
      expect((await request(app).post(CreateFeed.path).send(body)).status).toBe(400);
    }
    await request(app).post("/api/feeds/0000000000000000/check").expect(404);
    await request(app).post("/api/feeds/nope/check").expect(400);
    await request(app).delete("/api/feeds/0000000000000000").expect(404);
    const feeds = ListFeeds.response.parse((await request(app).get("/api/feeds").expect(200)).body).feeds;
    expect(feeds.filter((f) => f.url.includes(tag))).toEqual([]);
  });
});

describe("what an episode is read from", () => {
  it("prefers a transcript (VTT) with chapters, falls back to show notes when it is too large, and says so", async () => {
    const tag = uniqueTag();
    server.serve(`/${tag}/1.vtt`, {
      type: "text/vtt",
      body: `WEBVTT\n\n00:00:05.000 --> 00:00:20.000\n<v Maya Chen>Public procurement ${tag} decides more about digital sovereignty than research grants do.\n\n00:02:10.000 --> 00:02:30.000\n<v Maya Chen>Open model weights ${tag} let auditors check what a government chatbot was trained to say.\n`,
    });
    server.serve(`/${tag}/1.json`, { type: "application/json", body: JSON.stringify({ version: "1.2.0", chapters: [{ startTime: 0, title: "Procurement" }, { startTime: 120, title: "Audits" }] }) });
    server.serve(`/${tag}/2.vtt`, { type: "text/vtt", body: `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${"word ".repeat(60_000)}\n` });
    server.serve(`/${tag}/feed.xml`, {
      body: podcastRss(`Show ${tag}`, [
        episode(tag, 1, { notes: "<p>Show notes only.</p>", transcript: { url: `${server.base}/${tag}/1.vtt`, type: "text/vtt" }, chapters: `${server.base}/${tag}/1.json` }),
        episode(tag, 2, { transcript: { url: `${server.base}/${tag}/2.vtt`, type: "text/vtt" } }),
        episode(tag, 3, { transcript: { url: `${server.base}/${tag}/3.pdf`, type: "application/pdf" } }),
      ]),
    });
    const { check } = await follow(`${server.base}/${tag}/feed.xml`);
    const from = Object.fromEntries(check!.sources.map((s) => [s.title, s.textFrom]));
    expect(from).toEqual({ [`Episode 1 of ${tag}`]: "transcript", [`Episode 2 of ${tag}`]: "show-notes", [`Episode 3 of ${tag}`]: "show-notes" });
    expect(check!.problems.join("\n")).toMatch(/2\.vtt: the answer is larger than the limit of 0\.2 MB/);
    expect(check!.problems.join("\n")).toMatch(/application\/pdf, a format not read/);
    const rows = await db.read("test", async (tx) =>
      (
        await tx.run(
          `MATCH (i:Insight)-[f:FROM]->(s:Source {id: $id}) RETURN f.startSec AS at, f.chapter AS chapter, s.textFrom AS textFrom ORDER BY at`,
          { id: check!.sources.find((s) => s.textFrom === "transcript")!.id },
        )
      ).records.map((r) => r.toObject()),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.textFrom === "transcript")).toBe(true);
    expect(rows.map((r) => r.chapter)).toEqual(rows.map((r) => (Number(r.at) >= 120 ? "Audits" : "Procurement")));
  });

  it("transcribes the audio through an OpenAI-compatible endpoint when there is no transcript, keeping times", async () => {
    const tag = uniqueTag();
    server.serve(`/${tag}/1.mp3`, { type: "audio/mpeg", body: Buffer.alloc(2_000, 1) });
    server.serve(`/${tag}/feed.xml`, { body: podcastRss(`Show ${tag}`, [episode(tag, 1, { notes: undefined, enclosure: `${server.base}/${tag}/1.mp3` })]) });
    const before = transcriptionRequests;
    const { check } = await follow(`${server.base}/${tag}/feed.xml`);
    expect(transcriptionRequests).toBe(before + 1);
    expect(check!.sources).toEqual([expect.objectContaining({ textFrom: "audio" })]);
    const times = await db.read("test", async (tx) =>
      (await tx.run(`MATCH (:Insight)-[f:FROM]->(:Source {id: $id}) RETURN f.startSec AS at ORDER BY at`, { id: check!.sources[0]!.id })).records.map((r) => Number(r.get("at"))),
    );
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((t) => t === 0 || t === 95)).toBe(true);
  });
});
