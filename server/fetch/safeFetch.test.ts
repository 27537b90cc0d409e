import { once } from "node:events";
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "./addresses";
import { type FetchError, safeFetch, USER_AGENT } from "./safeFetch";

let server: Server;
let base: string;
let lastUserAgent: string | undefined;

const routes: Record<string, RequestListener> = {
  "/feed": (req, res) => {
    lastUserAgent = req.headers["user-agent"];
    if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { etag: '"v1"', "content-type": "application/rss+xml" }).end("<rss/>");
  },
  "/gzip": (_req, res) => void res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync("a".repeat(5_000))),
  "/big": (_req, res) => void res.writeHead(200).end("x".repeat(2_000)),
  "/hop": (_req, res) => void res.writeHead(302, { location: "/feed" }).end(),
  "/to-metadata": (_req, res) => void res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/to-file": (_req, res) => void res.writeHead(302, { location: "file:///etc/passwd" }).end(),
  "/loop": (_req, res) => void res.writeHead(302, { location: "/loop" }).end(),
  "/gone": (_req, res) => void res.writeHead(410).end(),
  "/slow": (_req, res) => void setTimeout(() => res.end("late"), 2_000),
};

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ""] ?? ((_q, r) => r.writeHead(404).end()))(req, res));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Loopback is this test's "public internet"; every other private range stays refused. */
const onlyLoopback = (address: string) => address === "127.0.0.1";
const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail("should have failed"), (error: unknown) => error as FetchError);

describe("isPublicAddress", () => {
  it.each(["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00:ec2::254", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "224.0.0.1", "not an address"])(
    "refuses %s",
    (address) => expect(isPublicAddress(address)).toBe(false),
  );
  it.each(["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("accepts %s", (address) => expect(isPublicAddress(address)).toBe(true));
});

describe("safeFetch", () => {
  it("refuses loopback, by literal and after DNS resolution, unless private addresses are allowed", async () => {
    expect(await failure(safeFetch(`${base}/feed`))).toMatchObject({ problem: "refused" });
    const byName = await failure(safeFetch(`${base.replace("127.0.0.1", "localhost")}/feed`));
    expect(byName).toMatchObject({ problem: "refused" });
    expect(byName.message).toMatch(/FEEDS_ALLOW_PRIVATE=1/);
    const allowed = await safeFetch(`${base}/feed`, { allowPrivate: true });
    expect(allowed.status).toBe(200);
    expect(Buffer.from(allowed.bytes).toString()).toBe("<rss/>");
  });

  it("sends its User-Agent and answers a conditional GET's 304 as is", async () => {
    const first = await safeFetch(`${base}/feed`, { allowAddress: onlyLoopback });
    expect(lastUserAgent).toBe(USER_AGENT);
    const second = await safeFetch(`${base}/feed`, { allowAddress: onlyLoopback, headers: { "if-none-match": first.headers.etag! } });
    expect(second.status).toBe(304);
    expect(second.bytes.length).toBe(0);
  });

  it("checks every redirect: followed within the rule, refused to metadata addresses and to other schemes", async () => {
    const followed = await safeFetch(`${base}/hop`, { allowAddress: onlyLoopback });
    expect(followed.url).toBe(`${base}/feed`);
    expect(await failure(safeFetch(`${base}/to-metadata`, { allowAddress: onlyLoopback }))).toMatchObject({ problem: "refused", url: "http://169.254.169.254/latest/meta-data/" });
    expect(await failure(safeFetch(`${base}/to-file`, { allowAddress: onlyLoopback }))).toMatchObject({ problem: "refused" });
    expect((await failure(safeFetch(`${base}/loop`, { allowAddress: onlyLoopback }))).message).toMatch(/redirects/);
  });

  it("caps size (after decompression) and time, and names an error status", async () => {
    expect(await failure(safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1_000 }))).toMatchObject({ problem: "too_large" });
    expect(await failure(safeFetch(`${base}/gzip`, { allowPrivate: true, maxBytes: 1_000 }))).toMatchObject({ problem: "too_large" });
    expect((await safeFetch(`${base}/gzip`, { allowPrivate: true })).bytes.length).toBe(5_000);
    const slow = await failure(safeFetch(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }));
    expect(slow).toMatchObject({ problem: "timeout" });
    expect(await failure(safeFetch(`${base}/gone`, { allowPrivate: true }))).toMatchObject({ problem: "status", status: 410 });
  });

  it("refuses what is not http(s)", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.org/x", "gopher://x", "not a url", "http://user:pw@example.org/"]) {
      expect(await failure(safeFetch(url))).toMatchObject({ problem: "refused" });
    }
  });
});
