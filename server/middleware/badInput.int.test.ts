import { ErrorBody } from "@shared/api/errors";
import { CreateSource } from "@shared/api/sources";
import { limits } from "@shared/limits";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../testing/reliabilityLog";
import { createApp } from "../app";
import { createHeuristicExtractor } from "../extract/heuristic";
import { connectTestDatabase, uniqueTag } from "../testing/harness";
import { DEFAULT_RELATED_K } from "../related/refresh";

const db = connectTestDatabase();
// A high write cap: this file sends many writes on purpose, and the cap has its own test.
const app = createApp({ waitForEnrichment: true, db, extractor: createHeuristicExtractor(), relatedK: DEFAULT_RELATED_K, writesPerMinute: 10_000, log: () => undefined });
const log = reliabilityLog("bad-input");
afterAll(async () => {
  log.save();
  await db.close();
});

type Send = (agent: ReturnType<typeof request>) => request.Test;
interface Case {
  readonly tried: string;
  readonly send: Send;
  readonly status: number;
}

const json = (path: string, body: string, type = "application/json"): Send => (agent) =>
  agent.post(path).set("content-type", type).send(body);
const post = (path: string, body: unknown): Send => (agent) => agent.post(path).send(body as object);

const tenMegabytes = "x".repeat(10 * 1024 * 1024);
const deepNesting = `{"insights":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
const randomBytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
const claim = (text: string) => ({ insights: [{ text }] });

const insightCases: Case[] = [
  { tried: "malformed JSON `{oops`", send: json("/api/insights", "{oops"), status: 400 },
  { tried: "truncated JSON", send: json("/api/insights", '{"insights":[{"text":"Nations adapt open mod'), status: 400 },
  { tried: "JSON `null`", send: json("/api/insights", "null"), status: 400 },
  { tried: "a JSON string instead of an object", send: json("/api/insights", '"just text"'), status: 400 },
  { tried: "a JSON array instead of an object", send: json("/api/insights", "[]"), status: 400 },
  { tried: "100,000-deep nested arrays", send: json("/api/insights", deepNesting), status: 400 },
  { tried: "missing `insights`", send: post("/api/insights", {}), status: 400 },
  { tried: "`insights` as a string", send: post("/api/insights", { insights: "many" }), status: 400 },
  { tried: "an insight without text", send: post("/api/insights", { insights: [{}] }), status: 400 },
  { tried: "text as a number", send: post("/api/insights", { insights: [{ text: 42 }] }), status: 400 },
  { tried: "empty text", send: post("/api/insights", claim("")), status: 400 },
  { tried: "whitespace-only text", send: post("/api/insights", claim(" \n\t ")), status: 400 },
  { tried: "topics as a string", send: post("/api/insights", { insights: [{ text: "Open models win.", topics: "a,b" }] }), status: 400 },
  { tried: "an empty topic", send: post("/api/insights", { insights: [{ text: "Open models win.", topics: [""] }] }), status: 400 },
  { tried: "a topic of punctuation only", send: post("/api/insights", { insights: [{ text: "Open models win.", topics: ["!!!"] }] }), status: 400 },
  { tried: "a topic of zero-width characters", send: post("/api/insights", { insights: [{ text: "Open models win.", topics: ["\u200b\u200d"] }] }), status: 400 },
  { tried: `${limits.insightsPerRequest + 1} insights in one request`, send: post("/api/insights", { insights: Array.from({ length: limits.insightsPerRequest + 1 }, (_, i) => ({ text: `Claim number ${i}.` })) }), status: 400 },
  { tried: "a 2,001-character insight", send: post("/api/insights", claim("a".repeat(2_001))), status: 400 },
  { tried: "a 10 MB insight text", send: post("/api/insights", claim(tenMegabytes)), status: 413 },
  { tried: "`javascript:` as the source URL", send: post("/api/insights", { insights: [{ text: "Open models win.", source: { title: "x", url: "javascript:alert(1)" } }] }), status: 400 },
  { tried: "binary bytes as application/octet-stream", send: (agent) => agent.post("/api/insights").set("content-type", "application/octet-stream").send(randomBytes), status: 415 },
  { tried: "a JSON body sent as text/plain", send: json("/api/insights", JSON.stringify(claim("Open models win.")), "text/plain"), status: 415 },
  { tried: "a form-encoded body", send: json("/api/insights", "insights=1", "application/x-www-form-urlencoded"), status: 415 },
  { tried: "JSON declared as latin1", send: json("/api/insights", JSON.stringify(claim("Open models win.")), "application/json; charset=latin1"), status: 415 },
  { tried: "JSON with invalid UTF-8 bytes", send: (agent) => agent.post("/api/insights").set("content-type", "application/json").send(Buffer.concat([Buffer.from('{"insights":[{"text":"Open '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' models."}]}')])), status: 400 },
];

const source = (overrides: Record<string, unknown>) => ({ title: "A hostile episode", text: "Guest: Open models let nations keep their data at home.", ...overrides });
const sourceCases: Case[] = [
  { tried: "a source without text", send: post("/api/sources", { title: "No text" }), status: 400 },
  { tried: "a source without title", send: post("/api/sources", { text: "Open models win." }), status: 400 },
  { tried: "an empty title", send: post("/api/sources", source({ title: "" })), status: 400 },
  { tried: "text as an array", send: post("/api/sources", source({ text: ["a", "b"] })), status: 400 },
  { tried: "a `file:` URL", send: post("/api/sources", source({ url: "file:///etc/passwd" })), status: 400 },
  { tried: "a date that is not one", send: post("/api/sources", source({ publishedAt: "yesterday" })), status: 400 },
  { tried: "an unknown kind", send: post("/api/sources", source({ kind: "video" })), status: 400 },
  // `format` arrives with the source-formats work; until then the field is ignored like any unknown one.
  ...("format" in CreateSource.body.shape ? [{ tried: "an unknown format", send: post("/api/sources", source({ format: "exe" })), status: 400 }] : []),
  { tried: `source text of ${limits.sourceText + 1} characters`, send: post("/api/sources", source({ text: "a ".repeat(limits.sourceText / 2 + 1) })), status: 400 },
  { tried: "a 10 MB source text", send: post("/api/sources", source({ text: tenMegabytes })), status: 413 },
];

/** Broken documents of a known format: salvaging something (201) or refusing (4xx) are both fine. */
const brokenDocuments: [string, string, string][] = [
  ["truncated WebVTT", "vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:0"],
  ["WebVTT with reversed cue times", "vtt", "WEBVTT\n\n00:00:09.000 --> 00:00:01.000\nOpen models let nations keep data home."],
  ["SRT with a garbage index", "srt", "one\n00:00:01,000 --> \nOpen models\n\n\n2\nnonsense --> nonsense\n"],
  ["unclosed HTML", "html", "<html><body><p>Open models let nations keep their data <b><i><div"],
  ["HTML that is only a script", "html", "<script>while(true){}</script>"],
  ["a transcript of timestamps only", "transcript", "[00:01] [00:02] [00:03]"],
];

async function expectRefusal(tried: string, send: Send, status: number): Promise<void> {
  const started = Date.now();
  const res = await send(request(app)).timeout(30_000);
  const ms = Date.now() - started;
  const body = ErrorBody.safeParse(res.body);
  const passed = res.status === status && body.success && !/\bat .+:\d+:\d+/.test(JSON.stringify(res.body));
  log.record({ area: "bad input", tried, happened: `${res.status} ${body.data?.error.code ?? "(not the error shape)"} in ${ms} ms`, passed });
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(status);
  expect(body.success).toBe(true);
  expect(body.data?.error.message.length).toBeGreaterThan(10);
}

describe("every write endpoint refuses bad input with a 4xx in the error shape", () => {
  it.each(insightCases)("POST /api/insights: $tried → $status", ({ tried, send, status }) => expectRefusal(`POST /api/insights: ${tried}`, send, status));
  it.each(sourceCases)("POST /api/sources: $tried → $status", ({ tried, send, status }) => expectRefusal(`POST /api/sources: ${tried}`, send, status));

  it.each(brokenDocuments)("POST /api/sources: %s never answers 5xx", async (tried, format, text) => {
    const started = Date.now();
    const res = await request(app).post("/api/sources").send({ title: `${tried} ${uniqueTag()}`, text, format }).timeout(30_000);
    const passed = res.status < 500 && (res.status === 201 || ErrorBody.safeParse(res.body).success);
    log.record({ area: "bad input", tried: `POST /api/sources: ${tried}`, happened: `${res.status} in ${Date.now() - started} ms`, passed });
    expect(res.status).toBeLessThan(500);
    if (res.status !== 201) expect(ErrorBody.safeParse(res.body).success).toBe(true);
  });

  it("keeps serving afterwards: health is green and a good write still lands", async () => {
    await request(app).get("/api/health").expect(200);
    const res = await request(app).post("/api/insights").send(claim(`Open models still land after abuse ${uniqueTag()}.`)).expect(201);
    expect(res.body.insights).toHaveLength(1);
    log.record({ area: "bad input", tried: "a valid write after all of the above", happened: "201, health 200", passed: true });
  });
});
