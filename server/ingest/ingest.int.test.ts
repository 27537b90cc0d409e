import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHeuristicExtractor } from "../extract/heuristic";
import type { Extractor } from "../extract/types";
import { connectTestDatabase, uniqueTag } from "../testing/harness";
import { fetchInput } from "./fetchInput";
import { ingestSource } from "./ingest";
import { ingestLoaded } from "./pipeline";
import { readInput } from "./readInputs";
import { DEFAULT_RELATED_K } from "../related/refresh";

const db = connectTestDatabase();
const deps = { db, extractor: createHeuristicExtractor(), options: { relatedK: DEFAULT_RELATED_K } };
const pages = new Map<string, { type: string; body: string; delayMs?: number }>();
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    if (!page) return void res.writeHead(404, { "content-type": "text/plain" }).end("no such page");
    setTimeout(() => res.writeHead(200, { "content-type": page.type }).end(page.body), page.delayMs ?? 0);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await db.close();
});

const urlTask = (url: string, timeoutMs = 5_000) => ({ origin: url, load: () => fetchInput(url, { timeoutMs, allowPrivate: true }) });
const read = (url: string, timeoutMs?: number) => readInput(urlTask(url, timeoutMs), { fetch: (u) => fetchInput(u, { timeoutMs: 5_000, allowPrivate: true }) });

const sourcesOf = (insightId: string) =>
  db.read("test", async (tx) =>
    (await tx.run("MATCH (:Insight {id: $id})-[:FROM]->(s:Source) RETURN s.title AS title ORDER BY title", { id: insightId })).records.map((r) => r.get("title") as string),
  );

// Takes the whole text as the one claim, so the test is about merging, not about extraction.
const echo: Extractor = {
  name: "echo@1",
  extract: async (doc) => [{ text: doc.text, quote: doc.text, position: 0, confidence: 1, topics: [] }],
};

describe("near-duplicate claims", () => {
  it("fold into one insight with a FROM link to each source; a negated or re-numbered claim stays apart", async () => {
    const tag = uniqueTag();
    const claim = `Most countries (${tag}) will adapt the best open models to their own data and run them on their own hardware rather than train frontier models.`;
    const reworded = `Most countries (${tag}) will adapt the best open models to their own data, and run them on their own hardware, instead of training frontier models.`;
    const negated = `Most countries (${tag}) will not adapt the best open models to their own data and run them on their own hardware rather than train frontier models.`;
    const a = await ingestSource(db, echo, { title: `A ${tag}`, text: claim }, deps.options);
    const b = await ingestSource(db, echo, { title: `B ${tag}`, text: reworded }, deps.options);
    const c = await ingestSource(db, echo, { title: `C ${tag}`, text: negated }, deps.options);
    expect(a.insights).toHaveLength(1);
    expect(b.insights[0]?.id).toBe(a.insights[0]?.id);
    expect(b.insights[0]?.text).toBe(claim);
    expect(c.insights[0]?.id).not.toBe(a.insights[0]?.id);
    expect(await sourcesOf(a.insights[0]?.id ?? "")).toEqual([`A ${tag}`, `B ${tag}`]);
  });
});

describe("a source whose extraction fails", () => {
  it("leaves nothing in the graph", async () => {
    const tag = uniqueTag();
    const failing: Extractor = { name: "broken@1", extract: async () => Promise.reject(new Error("model unreachable")) };
    const loaded = [{ origin: `notes-${tag}.txt`, format: "text" as const, skipped: [], documents: [{ format: "text" as const, meta: { title: `Failing ${tag}` }, body: { type: "text" as const, text: "Open models win." } }] }];
    const report = await ingestLoaded({ ...deps, extractor: failing }, loaded);
    expect(report.files[0]).toMatchObject({ status: "failed", problems: [`Failing ${tag}: model unreachable`] });
    expect(report.summary).toMatchObject({ sources: 0, failed: 1 });
    const count = await db.read("test", async (tx) => (await tx.run("MATCH (s:Source {title: $t}) RETURN count(s) AS n", { t: `Failing ${tag}` })).records[0]?.get("n"));
    expect(count).toBe(0);
  });
});

describe("inputs fetched from URLs", () => {
  it("reads a feed, follows its transcript link and keeps the cue times", async () => {
    const tag = uniqueTag();
    pages.set(`/${tag}/feed.xml`, {
      type: "application/rss+xml",
      body: `<?xml version="1.0"?><rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Show ${tag}</title>
        <item><title>Episode ${tag}</title><link>https://podcast.example.org/${tag}/1</link><pubDate>Tue, 06 Oct 2026 09:00:00 GMT</pubDate>
        <description>&lt;p&gt;Export controls on advanced chips (${tag}) turned compute into an instrument of foreign policy.&lt;/p&gt;</description>
        <podcast:transcript url="${base}/${tag}/1.vtt" type="text/vtt"/></item>
        <item><title>Empty ${tag}</title><link>https://podcast.example.org/${tag}/2</link></item></channel></rss>`,
    });
    pages.set(`/${tag}/1.vtt`, {
      type: "text/vtt",
      body: `WEBVTT\n\n00:05:00.000 --> 00:05:06.000\n<v Maya Chen>Fine-tuning an open model on local legal text (${tag}) costs a fraction of pretraining and keeps data at home.`,
    });
    const loaded = await read(`${base}/${tag}/feed.xml`);
    expect(loaded.error).toBeUndefined();
    const report = await ingestLoaded(deps, [loaded]);
    expect(report.summary).toMatchObject({ sources: 1, skipped: 1, failed: 0 });
    expect(report.files[0]?.problems).toEqual([`Empty ${tag}: no text (no show notes or transcript)`]);
    const rows = await db.read("test", async (tx) =>
      (await tx.run("MATCH (i:Insight)-[f:FROM]->(s:Source {url: $url}) RETURN i.text AS text, i.startSec AS startSec, s.show AS show, s.publishedAt AS date ORDER BY text", { url: `https://podcast.example.org/${tag}/1` })).records.map((r) => r.toObject()),
    );
    expect(rows.map((r) => [r.text.slice(0, 20), r.startSec, r.show])).toEqual([
      ["Export controls on a", null, `Show ${tag}`],
      ["Fine-tuning an open ", 300, `Show ${tag}`],
    ]);
  });

  it("reads an HTML page by URL and names the problem when a URL fails", async () => {
    const tag = uniqueTag();
    pages.set(`/${tag}/article`, {
      type: "text/html; charset=utf-8",
      body: `<html><head><title>Compute ${tag}</title></head><body><nav>Home | Sign up</nav><article>
        <p>National compute reserves (${tag}) matter more than national model champions, because every model needs chips to run.</p>
        <p>Energy is the binding constraint for new data centres in Europe, where grid connections take years.</p></article></body></html>`,
    });
    pages.set(`/${tag}/slow`, { type: "text/plain", body: "late", delayMs: 1_500 });
    const closed = createServer().listen(0, "127.0.0.1");
    await once(closed, "listening");
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const [article, missing, slow, refused] = await Promise.all([
      read(`${base}/${tag}/article`),
      read(`${base}/${tag}/missing`),
      read(`${base}/${tag}/slow`, 300),
      read(`http://127.0.0.1:${closedPort}/unreachable`),
    ]);
    expect(article).toMatchObject({ format: "html", documents: [{ meta: { title: `Compute ${tag}`, url: `${base}/${tag}/article` } }] });
    expect(missing.error).toBe("the server answered 404 Not Found");
    expect(slow.error).toBe("no complete answer within 0.3 s");
    expect(refused.error).toBe(`could not reach 127.0.0.1:${closedPort} (ECONNREFUSED)`);
    const report = await ingestLoaded(deps, [article, missing]);
    expect(report.summary).toMatchObject({ sources: 1, failed: 1 });
  });
});
