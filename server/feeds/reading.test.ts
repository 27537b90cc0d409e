import { describe, expect, it } from "vitest";
import { podcastRss } from "../testing/feedServer";
import { readChapters } from "./chapters";
import { NotAFeedError, readFeed } from "./episodes";
import { readOpml } from "./opml";
import { pickTranscript, TranscriptError, transcriptTurns } from "./transcripts";

describe("readFeed", () => {
  it("keys episodes by guid, else enclosure URL, newest first, with transcripts and chapters", () => {
    const xml = podcastRss("Show", [
      { guid: "g-1", title: "Old", date: "2026-01-01T00:00:00Z", notes: "<p>n</p>", transcript: { url: "https://x.org/1.vtt", type: "text/vtt" }, chapters: "https://x.org/1.json" },
      { title: "New", date: "2026-02-01T00:00:00Z", enclosure: "https://x.org/2.mp3" },
      { title: "No key at all" },
    ]);
    const feed = readFeed(xml);
    expect(feed.title).toBe("Show");
    expect(feed.episodes.map((e) => [e.key, e.title])).toEqual([
      ["https://x.org/2.mp3", "New"],
      ["g-1", "Old"],
    ]);
    expect(feed.episodes[1]).toMatchObject({ transcripts: [{ url: "https://x.org/1.vtt", type: "text/vtt" }], chaptersUrl: "https://x.org/1.json" });
    expect(feed.episodes[0]!.enclosure).toEqual({ url: "https://x.org/2.mp3", type: "audio/mpeg", bytes: 1000 });
  });

  it("reads Atom entries by id", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:1</id><title>E</title><link href="https://x.org/e"/><updated>2026-01-01T00:00:00Z</updated><summary>s</summary></entry></feed>`;
    expect(readFeed(atom).episodes).toEqual([expect.objectContaining({ key: "urn:1", link: "https://x.org/e", notes: "s" })]);
  });

  it.each([
    ["<!doctype html><html><body>page</body></html>", /web page \(HTML\)/],
    ['{"feed": true}', /not XML/],
    ["<rss><channel><item></channel></rss>", /does not parse/],
    ["<opml><body/></opml>", /not an RSS or Atom feed/],
  ])("refuses %s with the reason", (text, reason) => {
    expect(() => readFeed(text)).toThrow(NotAFeedError);
    expect(() => readFeed(text)).toThrow(reason);
  });
});

describe("transcripts", () => {
  it("prefers subtitles, then JSON, text and HTML; other formats are not read", () => {
    const links = [
      { url: "h", type: "text/html" },
      { url: "j", type: "application/json" },
      { url: "s", type: "application/x-subrip" },
    ];
    expect(pickTranscript(links)?.link.url).toBe("s");
    expect(pickTranscript([{ url: "p", type: "application/pdf" }])).toBeNull();
  });

  it("joins a JSON transcript's segments into speaker turns, keeping each segment's time", () => {
    const json = JSON.stringify({
      version: "1.0.0",
      segments: [
        { speaker: "Maya", startTime: 1.5, body: "Open weights matter." },
        { speaker: "Maya", startTime: 4, body: "They let ministries audit models." },
        { speaker: "Sam", startTime: 9.9, body: "Compute still decides." },
      ],
    });
    expect(transcriptTurns("t.json", json, "json")).toEqual([
      { text: "Open weights matter. They let ministries audit models.", speaker: "Maya", startSec: 1, cues: [{ offset: 21, startSec: 4 }] },
      { text: "Compute still decides.", speaker: "Sam", startSec: 9, cues: [] },
    ]);
    expect(() => transcriptTurns("t.json", '{"lines": []}', "json")).toThrow(TranscriptError);
  });
});

describe("OPML and chapters", () => {
  it("finds every xmlUrl, nested or not, and names what it leaves out", () => {
    const opml = `<opml version="2.0"><body><outline text="AI"><outline xmlUrl="https://a.org/feed"/><outline xmlUrl="ftp://b.org/feed"/></outline><outline xmlUrl="https://c.org/rss"/><outline xmlUrl="https://a.org/feed"/></body></opml>`;
    expect(readOpml(opml)).toEqual({ urls: ["https://a.org/feed", "https://c.org/rss"], problems: ["ftp://b.org/feed: not an http:// or https:// address"] });
    expect(readOpml("<html/>").problems[0]).toMatch(/not an OPML file/);
  });

  it("ends each chapter where the next begins", () => {
    const chapters = readChapters(JSON.stringify({ version: "1.2.0", chapters: [{ startTime: 120, title: "Two" }, { startTime: 0, title: "One" }] }));
    expect(chapters).toEqual([
      { title: "One", startSec: 0, endSec: 120 },
      { title: "Two", startSec: 120, endSec: null },
    ]);
  });
});
