import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, detectFormat, parseInput } from ".";

const fixture = (name: string) => ({ origin: name, bytes: readFileSync(join(import.meta.dirname, "fixtures", name)) });
const fromText = (origin: string, text: string) => ({ origin, bytes: Buffer.from(text) });
const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof InputError ? error.message : `not an InputError: ${String(error)}`;
  }
  return "no error";
};

describe("format detection", () => {
  it.each([
    ["a.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\nHi", "vtt"],
    ["notes", "WEBVTT\n\n00:00.000 --> 00:01.000\nHi", "vtt"],
    ["x", "1\n00:00:01,000 --> 00:00:02,000\nHi", "srt"],
    ["x", '<?xml version="1.0"?>\n<rss><channel/></rss>', "feed"],
    ["x", "<!doctype html><html><body><p>Hi</p></body></html>", "html"],
    ["page.html", "<html><body><h2>Related Insights</h2></body></html>", "insight-page"],
    ["x", '{"insights": []}', "json"],
    ["a.json", '{"text": "a"}\n{"text": "b"}', "jsonl"],
    ["a.txt", "Maya Chen: Open models win.\nTomas: Chips matter.\nMaya Chen: Yes.", "transcript"],
    ["a.txt", "Maya Chen  0:04\nOpen models win.\n\nTomas  1:10\nChips matter.", "transcript"],
    ["a.txt", "Open models win. Chips matter.", "text"],
    ["a.md", "Open models win.", "markdown"],
    ["x", "# Title\n\nOpen models win.", "markdown"],
    ["page.txt", "Open models win.\n\nRelated Insights\n\nChips matter.", "insight-page"],
    ["page.md", "Open models win.\n\n## More insights\n\n- Chips matter.", "insight-page"],
  ])("%s %j → %s", (origin, text, format) => {
    expect(detectFormat(origin, text)).toBe(format);
  });
});

describe("bad input is refused with the file and the problem", () => {
  it.each([
    ["empty.txt", Buffer.alloc(0), "empty.txt: the file is empty"],
    ["blank.txt", Buffer.from("  \n\t\n"), "blank.txt: the file holds only whitespace"],
    ["doc.txt", Buffer.from("%PDF-1.7 binary"), "doc.txt: the file is a PDF"],
    ["blob.txt", Buffer.from([0x41, 0x00, 0x42, 0x43]), "blob.txt: the file is binary data"],
    ["latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), "latin1.txt: the file is not valid UTF-8"],
    ["bad.vtt", Buffer.from("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nHi\n"), "bad.vtt: malformed WebVTT: expected timestamp at row 3"],
    ["novtt.vtt", Buffer.from("00:00:01.000 --> 00:00:02.000\nHi\n"), "novtt.vtt: malformed WebVTT: the file must begin with the line WEBVTT"],
    ["bad.srt", Buffer.from("1\n00:00:01,000 to 00:00:02,000\nHi\n"), "bad.srt: malformed SRT: expected timestamp at row 2"],
    ["bad.json", Buffer.from('{"insights": [}'), "bad.json: malformed JSON"],
    ["shape.json", Buffer.from('{"claims": []}'), 'shape.json: expected {"insights": [...]}'],
    ["bad.xml", Buffer.from("<rss><channel><item></channel></rss>"), "bad.xml: malformed XML at line 1"],
  ])("%s", (origin, bytes, message) => {
    expect(problemOf(() => parseInput({ origin, bytes }))).toContain(message);
  });

  it("refuses a file over the configured size", () => {
    expect(problemOf(() => parseInput(fromText("big.txt", "x".repeat(2048)), { maxBytes: 1024 }))).toBe(
      "big.txt: the file is 0.0 MB, over the limit of 0.0 MB",
    );
  });

  it("reads UTF-16 with a byte-order mark and UTF-8 with one", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Open models win.", "utf16le")]);
    const [doc] = parseInput({ origin: "a.txt", bytes: utf16 });
    expect(doc?.body).toEqual({ type: "text", text: "Open models win." });
    const [bom] = parseInput({ origin: "b.txt", bytes: Buffer.from("\uFEFFOpen models win.") });
    expect(bom?.body).toMatchObject({ text: "Open models win." });
  });
});

describe("subtitles", () => {
  it("join WebVTT cues into speaker turns and keep each cue's time", () => {
    const [doc] = parseInput(fixture("episode.vtt"));
    if (doc?.body.type !== "text") throw new Error("expected text");
    expect(doc.meta).toMatchObject({ title: "Episode", kind: "podcast-episode" });
    expect(doc.body.turns?.map((t) => [t.speaker, t.startSec])).toEqual([["Nadia Petrov", 1], ["Maya Chen", 64], ["Tomas Lindqvist", 140]]);
    const maya = doc.body.turns?.[1];
    expect(maya?.text).toBe(
      "Most countries will adapt the best open models to their own data and run them on their own hardware. Pretraining a frontier model costs more than most science budgets.",
    );
    expect(maya?.cues?.map((c) => c.startSec)).toEqual([68, 72]);
    expect(doc.body.text).not.toMatch(/<v|-->|\d\d:\d\d/);
  });

  it("read SRT speaker labels and dashes, and drop stage directions", () => {
    const [doc] = parseInput(fixture("episode.srt"));
    if (doc?.body.type !== "text") throw new Error("expected text");
    expect(doc.body.turns?.map((t) => [t.speaker, t.startSec, t.text])).toEqual([
      ["HOST", 1, "Welcome back, everyone."],
      ["MAYA", 45, "Fine-tuning an open model on local legal text costs a fraction of pretraining."],
      [undefined, 90, "Vendor lock-in is a decision you make on the first day."],
    ]);
  });
});

describe("pages", () => {
  it("keep an article's main text and drop navigation and footer", () => {
    const html = `<html><head><title>Open weights | The Ledger</title><meta property="og:site_name" content="The Ledger"></head><body>
      <nav><a href="/">Home</a> <a href="/signup">Sign up</a></nav>
      <article><h1>Open weights</h1>
      <p>Open-weight models cut the price of inference because anyone can host them and compete on serving costs.</p>
      <p>Three hosting firms now undercut the original lab on price for the same model, which was unthinkable two years ago.</p>
      <p>That pressure reaches closed models too, whose prices fell by half in a year across the large providers.</p></article>
      <footer>© The Ledger. All rights reserved.</footer></body></html>`;
    const [doc] = parseInput(fromText("https://ledger.example.org/open-weights", html), { format: "html" });
    expect(doc?.meta).toMatchObject({ title: "Open weights", show: "The Ledger", kind: "article" });
    if (doc?.body.type !== "text") throw new Error("expected text");
    expect(doc.body.text.split("\n\n")).toHaveLength(3);
    expect(doc.body.text).not.toMatch(/Sign up|rights reserved|Home/);
  });

  it("read an insight page's headline and listed claims whole, and none of its furniture", () => {
    const [doc] = parseInput(fixture("insight-page.html"));
    expect(doc?.format).toBe("insight-page");
    expect(doc?.meta).toMatchObject({ title: "Sovereign AI", show: "Insight Atlas", kind: "insight-page", url: "https://insights.example.org/sovereign-ai/adapt-open-models" });
    if (doc?.body.type !== "listed") throw new Error("expected a listed page");
    expect(doc.body.headline).toMatch(/^Most countries will adapt .* Pretraining is a race only three or four companies can afford\.$/);
    expect(doc.body.claims).toHaveLength(3);
    expect(doc.body.claims[1]).toBe(
      "A government that runs its services on one foreign API accepts a vendor lock-in that can be switched off in a crisis. Open weights are the insurance policy.",
    );
    const all = [doc.body.headline, ...doc.body.claims].join("\n");
    expect(all).not.toMatch(/Sign up|Subscribe|Related Insights|Insight Atlas|See all|Join 20,000|©|^Sovereign AI$/m);
  });
});

describe("an insight page pasted as plain text or saved as Markdown", () => {
  const claims = [
    "Export controls on advanced chips turned compute into an instrument of foreign policy.",
    "A government that runs its services on one foreign API accepts a lock-in that can be switched off in a crisis.",
    "Fine-tuning an open model on local legal text costs a fraction of pretraining.",
    "Data centres are now sited by the price of electricity more than by the price of land.",
    "Most public-sector AI projects fail at procurement, not at the model.",
    "Small countries pool their compute budgets because no single one can buy a frontier cluster.",
    "Open-weight releases move the frontier of what a startup can build within weeks.",
    "Evaluation suites written in English miss most of the failures in other languages.",
    "The cost of inference fell tenfold in two years while the cost of training rose.",
    "National language models are as much about cultural memory as about economics.",
  ];
  const headline = "Most countries will adapt the best open models to their own data rather than train frontier models.";
  const furniture = ["Sign up to get five insights like this in your inbox every week.", "Join 20,000 researchers who read Insight Atlas."];

  it.each([
    ["page.txt", ["Sovereign AI", headline, ...furniture.slice(0, 1), "Related Insights", ...claims, ...furniture.slice(1)].join("\n\n")],
    ["page.md", ["# Sovereign AI", `> ${headline}`, "## Related Insights", ...claims.map((c, i) => (i % 2 ? `- ${c}` : `${i + 1}. **${c}**`)), furniture[0]].join("\n")],
  ])("%s: the headline and all ten claims, as written, and no furniture", (origin, text) => {
    const [doc] = parseInput(fromText(origin, text));
    expect(doc?.format).toBe("insight-page");
    expect(doc?.meta.title).toBe("Sovereign AI");
    if (doc?.body.type !== "listed") throw new Error("expected a listed page");
    expect(doc.body.headline).toBe(headline);
    expect(doc.body.claims).toEqual(claims);
  });
});

describe("markdown, transcripts and JSON", () => {
  it("reads front matter and drops markup", () => {
    const md = "---\ntitle: Compute notes\nshow: Field Notes\ndate: 2026-09-01\n---\n# Heading\n\nOpen models **win** the [public sector](https://x.org).\n\n- Chips are `scarce`.";
    const [doc] = parseInput(fromText("notes.md", md));
    expect(doc?.meta).toMatchObject({ title: "Compute notes", show: "Field Notes", publishedAt: "2026-09-01" });
    expect(doc?.body).toEqual({ type: "text", text: "Open models win the public sector.\n\n- Chips are scarce." });
  });

  it("reads a Podcasting 2.0 JSON transcript as speaker turns with their times", () => {
    const json = JSON.stringify({
      version: "1.0.0",
      segments: [
        { speaker: "Maya Chen", startTime: 0.5, endTime: 3, body: "Open models are catching up" },
        { speaker: "Maya Chen", startTime: 3.2, endTime: 6, body: "with closed ones." },
        { speaker: "Tomas", startTime: 75.4, endTime: 80, body: "Chips are the bottleneck for every national plan." },
      ],
    });
    const [doc] = parseInput(fromText("episode.json", json));
    if (doc?.body.type !== "text") throw new Error("expected text");
    expect(doc.format).toBe("transcript");
    expect(doc.body.turns).toEqual([
      { text: "Open models are catching up with closed ones.", speaker: "Maya Chen", startSec: 0, cues: [{ offset: 28, startSec: 3 }] },
      { text: "Chips are the bottleneck for every national plan.", speaker: "Tomas", startSec: 75, cues: [] },
    ]);
    expect(problemOf(() => parseInput(fromText("t.json", '{"segments": [{"start": 1}]}')))).toMatch(/^t\.json: not a podcast JSON transcript/);
  });

  it("keeps speakers and times of 'Name 0:04' transcripts out of the text", () => {
    const text = "Maya Chen  0:04\nOpen models are catching up with closed ones.\n\nSPEAKER_01  1:15\nChips are the bottleneck for every national plan.";
    const [doc] = parseInput(fromText("ep.txt", text));
    if (doc?.body.type !== "text") throw new Error("expected text");
    expect(doc.format).toBe("transcript");
    expect(doc.body.turns).toEqual([
      { text: "Open models are catching up with closed ones.", speaker: "Maya Chen", startSec: 4 },
      { text: "Chips are the bottleneck for every national plan.", speaker: "SPEAKER_01", startSec: 75 },
    ]);
  });

  it("imports JSONL insights, skipping bad lines with their line number", () => {
    const jsonl = '{"text": "Open models win the public sector.", "topics": ["OSS"]}\n{oops\n{"text": ""}\n';
    const [doc] = parseInput(fromText("export.jsonl", jsonl));
    if (doc?.body.type !== "insights") throw new Error("expected insights");
    expect(doc.body.insights).toEqual([{ text: "Open models win the public sector.", topics: ["OSS"], source: { title: "Export" } }]);
    expect(doc.skipped).toHaveLength(2);
    expect(doc.skipped?.[0]).toMatch(/^line 2: malformed JSON/);
    expect(doc.skipped?.[1]).toMatch(/^line 3: text:/);
  });
});

describe("feeds", () => {
  it("make each item a source with its show, link, date, notes and transcript link", () => {
    const docs = parseInput(fixture("feed.xml"));
    expect(docs.map((d) => d.meta)).toEqual([
      { title: "Sovereign AI for middle powers", kind: "podcast-episode", show: "Statecraft & Silicon", url: "https://podcast.example.org/episodes/42", publishedAt: "2026-10-06T09:00:00.000Z" },
      { title: "Chips and export controls", kind: "podcast-episode", show: "Statecraft & Silicon", url: "https://podcast.example.org/episodes/43" },
    ]);
    expect(docs[0]?.transcriptUrl).toBe("https://podcast.example.org/episodes/42.vtt");
    expect(docs[0]?.body).toMatchObject({ type: "text", text: expect.stringMatching(/^Maya Chen argues that most countries/) });
    expect(docs[1]?.body).toEqual({ type: "text", text: "Export controls on advanced chips turned compute into an instrument of foreign policy." });
  });
});

describe("what real feeds and subtitles throw at a reader", () => {
  it("decodes a feed in the encoding it declares (GB2312) and entities in its titles", () => {
    const xml = `<?xml version="1.0" encoding="GB2312"?><rss><channel><title>科学新闻</title>
      <item><title>It&amp;#39;s here: 新研究</title><link>https://example.org/1</link><description>研究人员发现了一种新的材料。</description></item>
      </channel></rss>`;
    // The same characters as GB2312 bytes: ASCII stays one byte, each Han character two.
    const bytes = encodeGb2312(xml);
    const [doc] = parseInput({ origin: "news.xml", bytes });
    expect(doc?.meta).toMatchObject({ title: "It's here: 新研究", show: "科学新闻", url: "https://example.org/1" });
    expect(doc?.body).toMatchObject({ type: "text", text: "研究人员发现了一种新的材料。" });
  });

  it("cleans music notes and trailing ellipses out of film subtitles", () => {
    const vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n♪ ♪\n\n00:00:03.000 --> 00:00:05.000\n... ...\n\n" +
      "00:00:06.000 --> 00:00:08.000\nThe dam was built in 1931...\n\n00:00:08.000 --> 00:00:10.000\n...and it still holds the river back.";
    const [doc] = parseInput(fromText("film.vtt", vtt));
    expect(doc?.body).toMatchObject({ text: "The dam was built in 1931 and it still holds the river back." });
  });
});

/** GB2312 bytes of a string, from a small table of the characters the test uses. */
function encodeGb2312(text: string): Uint8Array {
  const table: Record<string, [number, number]> = {
    科: [0xbf, 0xc6], 学: [0xd1, 0xa7], 新: [0xd0, 0xc2], 闻: [0xce, 0xc5], 研: [0xd1, 0xd0], 究: [0xbe, 0xbf],
    人: [0xc8, 0xcb], 员: [0xd4, 0xb1], 发: [0xb7, 0xa2], 现: [0xcf, 0xd6], 了: [0xc1, 0xcb], 一: [0xd2, 0xbb],
    种: [0xd6, 0xd6], 的: [0xb5, 0xc4], 材: [0xb2, 0xc4], 料: [0xc1, 0xcf], "。": [0xa1, 0xa3],
  };
  return Uint8Array.from([...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
}
