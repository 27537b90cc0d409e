import { ErrorBody } from "@shared/api/errors";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../testing/reliabilityLog";
import { createApp } from "../app";
import { createHeuristicExtractor } from "../extract/heuristic";
import { connectTestDatabase, uniqueTag } from "../testing/harness";
import { DEFAULT_RELATED_K } from "../related/refresh";

const db = connectTestDatabase();
const app = createApp({ waitForEnrichment: true, db, extractor: createHeuristicExtractor(), relatedK: DEFAULT_RELATED_K, writesPerMinute: 10_000, log: () => undefined });
const log = reliabilityLog("bad-input-uploads-lists");
afterAll(async () => {
  log.save();
  await db.close();
});

type Send = () => request.Test;
const unknownId = "f".repeat(32);
const theme = (overrides: Record<string, unknown> = {}) => ({ theme: { topics: ["sovereign-ai"], ...overrides } });
const upload = (name: string, bytes: Buffer | string): Send => () =>
  request(app).post("/api/sources/upload").attach("files", Buffer.from(bytes), name);

/** Refusals with a definite status: the contract or the multipart limits say no. */
const refusals: [string, Send, number][] = [
  ["upload: no files at all", () => request(app).post("/api/sources/upload").field("show", "x"), 400],
  ["upload: a file under the wrong field", () => request(app).post("/api/sources/upload").attach("other", Buffer.from("text"), "a.txt"), 400],
  ["upload: 21 files", () => Array.from({ length: 21 }).reduce<request.Test>((req, _, i) => req.attach("files", Buffer.from(`Note ${i}.`), `n${i}.txt`), request(app).post("/api/sources/upload")), 413],
  ["upload: an 11 MB file", upload("big.txt", Buffer.alloc(11 * 1024 * 1024, 97)), 413],
  ["upload: an unknown format field", () => request(app).post("/api/sources/upload").field("format", "exe").attach("files", Buffer.from("text"), "a.txt"), 400],
  ["upload: a truncated multipart body", () => request(app).post("/api/sources/upload").set("content-type", "multipart/form-data; boundary=zz").send('--zz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nhalf'), 400],
  ["reading list: no theme", () => request(app).post("/api/reading-lists").send({}), 400],
  ["reading list: no topics", () => request(app).post("/api/reading-lists").send(theme({ topics: [] })), 400],
  ["reading list: a topic that is not a slug", () => request(app).post("/api/reading-lists").send(theme({ topics: ["Not A Slug!"] })), 400],
  ["reading list: limit 10^9", () => request(app).post("/api/reading-lists").send(theme({ limit: 1e9 })), 400],
  ["reading list: `from` after `to`", () => request(app).post("/api/reading-lists").send(theme({ from: "2026-05-01", to: "2026-01-01" })), 400],
  ["reading list: an empty name", () => request(app).post("/api/reading-lists").send({ name: "", ...theme() }), 400],
  ["reading list: a 10 MB name", () => request(app).post("/api/reading-lists").send({ name: "n".repeat(10 * 1024 * 1024), ...theme() }), 413],
  ["reading list: rename an unknown list", () => request(app).put(`/api/reading-lists/${unknownId}`).send({ name: "x" }), 404],
  ["reading list: an id that cannot be one", () => request(app).put("/api/reading-lists/..%2Fetc").send({ name: "x" }), 400],
  ["reading list: items and regenerate together", () => request(app).put(`/api/reading-lists/${unknownId}`).send({ items: [], regenerate: true }), 400],
  ["reading list: an item with a bad insight id", () => request(app).put(`/api/reading-lists/${unknownId}`).send({ items: [{ id: "x", section: "s" }] }), 400],
  ["reading list: delete an unknown list", () => request(app).delete(`/api/reading-lists/${unknownId}`), 404],
  ["reading list export: an unknown format", () => request(app).get(`/api/reading-list?topics=sovereign-ai&format=exe`), 400],
  ["reading list export: limit=1e9", () => request(app).get(`/api/reading-list?topics=sovereign-ai&limit=1e9`), 400],
  ["follow: a topic that is not a slug", () => request(app).put("/api/profile/follows/Not_A_Slug"), 400],
  ["follow: an unknown topic", () => request(app).put(`/api/profile/follows/no-such-topic-${uniqueTag()}`), 404],
];

/** Broken files: the upload reports them failed (or refuses the request), never a 5xx. */
const brokenFiles: [string, string, Buffer | string][] = [
  ["a PNG named .png", "image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ["binary bytes named .txt", "binary.txt", Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256))],
  ["invalid UTF-8 in a .txt", "latin.txt", Buffer.from([0x4f, 0x70, 0x65, 0x6e, 0x20, 0xe9, 0xff, 0xfe, 0x2e])],
  ["a UTF-16 text with BOM", "utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Open models let nations keep their data at home.", "utf16le")])],
  ["a truncated WebVTT", "cut.vtt", "WEBVTT\n\n00:00:01.000 --> 00:0"],
  ["a malformed SRT", "bad.srt", "1\nnot a time\n\n\n2\n00:00:01,000 -->"],
  ["malformed JSON", "bad.json", '{"insights": [{"text": "unterminated'],
  ["JSONL with bad lines", "bad.jsonl", '{"text":"Open models let nations keep data."}\nnot json\n{"text": 5}\n'],
  ["a truncated RSS feed", "feed.xml", '<?xml version="1.0"?><rss><channel><item><title>Ep'],
  ["an XML bomb (entity expansion)", "bomb.xml", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><rss><channel><item><title>&d;&d;&d;</title></item></channel></rss>'],
  ["unclosed HTML", "page.html", "<html><body><p>Open models let nations keep their data <div><div><div>"],
  ["an empty file", "empty.txt", ""],
];

describe("bad input on the upload, reading-list and follow endpoints", () => {
  it.each(refusals)("%s → %i", async (tried, send, status) => {
    const started = Date.now();
    const res = await send().timeout(60_000);
    const body = ErrorBody.safeParse(res.body);
    log.record({ area: "bad input", tried, happened: `${res.status} ${body.data?.error.code ?? "(not the error shape)"} in ${Date.now() - started} ms`, passed: res.status === status && body.success });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(status);
    expect(body.success).toBe(true);
  });

  it.each(brokenFiles)("upload of %s never answers 5xx", async (tried, name, bytes) => {
    const started = Date.now();
    const res = await upload(name, bytes)().timeout(60_000);
    const outcome = res.status === 201 ? res.body.files?.[0] : null;
    const happened = outcome ? `201, file ${outcome.status}${outcome.problems?.[0] ? `: ${String(outcome.problems[0]).slice(0, 70)}` : ""}` : `${res.status} ${res.body?.error?.code}`;
    const passed = res.status < 500 && (res.status === 201 || ErrorBody.safeParse(res.body).success);
    log.record({ area: "bad input", tried: `upload: ${tried}`, happened: `${happened} in ${Date.now() - started} ms`, passed });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBeLessThan(500);
    if (res.status !== 201) expect(ErrorBody.safeParse(res.body).success).toBe(true);
  });
});
