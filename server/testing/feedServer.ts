import { once } from "node:events";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A document the test serves: its body and type, or a status to fail with. */
export interface Served {
  readonly body?: string | Buffer;
  readonly type?: string;
  readonly status?: number;
  /** Answers this late: a slow host. */
  readonly delayMs?: number;
}

export interface FeedServer {
  readonly base: string;
  /** Sets (or replaces) what a path answers. */
  serve(path: string, served: Served): void;
  /** Requests per path, and how many of them were answered 304. */
  readonly hits: Map<string, { requests: number; notModified: number }>;
  close(): Promise<void>;
}

/**
 * A loopback HTTP server for feed tests: it serves what the test writes, with an ETag and a
 * Last-Modified per document, and answers 304 to a conditional GET for an unchanged document,
 * as a podcast host does.
 */
export async function startFeedServer(): Promise<FeedServer> {
  const documents = new Map<string, Served & { etag: string; modified: string }>();
  const hits = new Map<string, { requests: number; notModified: number }>();
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    const hit = hits.get(path) ?? { requests: 0, notModified: 0 };
    hits.set(path, { ...hit, requests: hit.requests + 1 });
    const doc = documents.get(path);
    if (!doc) return void res.writeHead(404).end("not found");
    if (doc.status) return void res.writeHead(doc.status).end();
    if (req.headers["if-none-match"] === doc.etag || req.headers["if-modified-since"] === doc.modified) {
      hits.set(path, { requests: hit.requests + 1, notModified: hit.notModified + 1 });
      return void res.writeHead(304, { etag: doc.etag }).end();
    }
    const answer = () => res.writeHead(200, { "content-type": doc.type ?? "application/rss+xml", etag: doc.etag, "last-modified": doc.modified }).end(doc.body ?? "");
    if (doc.delayMs) setTimeout(answer, doc.delayMs);
    else answer();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  let version = 0;
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    serve(path, served) {
      version += 1;
      const etag = `"${createHash("sha1").update(served.body ?? String(served.status)).digest("hex").slice(0, 12)}"`;
      documents.set(path, { ...served, etag, modified: new Date(Date.UTC(2026, 0, 1, 0, 0, version)).toUTCString() });
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface TestEpisode {
  readonly guid?: string;
  readonly title: string;
  readonly notes?: string;
  readonly date?: string;
  readonly enclosure?: string;
  readonly transcript?: { readonly url: string; readonly type: string };
  readonly chapters?: string;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A podcast RSS feed with the Podcasting 2.0 namespace, from the test's episodes. */
export function podcastRss(title: string, episodes: readonly TestEpisode[]): string {
  const items = episodes.map((e) =>
    [
      "<item>",
      `<title>${escape(e.title)}</title>`,
      e.guid ? `<guid isPermaLink="false">${escape(e.guid)}</guid>` : "",
      e.date ? `<pubDate>${new Date(e.date).toUTCString()}</pubDate>` : "",
      e.notes ? `<description>${escape(e.notes)}</description>` : "",
      e.enclosure ? `<enclosure url="${escape(e.enclosure)}" type="audio/mpeg" length="1000"/>` : "",
      e.transcript ? `<podcast:transcript url="${escape(e.transcript.url)}" type="${escape(e.transcript.type)}"/>` : "",
      e.chapters ? `<podcast:chapters url="${escape(e.chapters)}" type="application/json+chapters"/>` : "",
      "</item>",
    ].join(""),
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>${escape(title)}</title>${items.join("")}</channel></rss>`;
}
