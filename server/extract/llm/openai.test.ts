import { afterEach, describe, expect, it } from "vitest";
import { ExtractionError } from "./llmExtractor";
import { createOpenAiExtractor } from "./openai";
import { type StubModelServer, startStubModelServer } from "../../testing/stubModelServer";

let stub: StubModelServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

const transcript = [
  "[00:00:04] Host: Welcome back to the show.",
  "[00:01:10] Maya Chen: Most countries will adapt open models to their own data rather than train frontier models.",
  "[00:02:30] Tomas Lindqvist: Export controls on chips turned compute into foreign policy.",
].join("\n");

// The stub claims every line that mentions a keyword, quoting it, as a model would.
const claimLines = (user: string) =>
  JSON.stringify({
    insights: user
      .split("\n")
      .filter((line) => /models|chips/.test(line))
      .map((line) => {
        const said = line.replace(/^\[[\d:]+\] [^:]+: /, "");
        return { text: said, quote: said, topics: ["open source", "OSS", "sovereign AI"], confidence: 0.8 };
      }),
  });

const env = (baseUrl: string) => ({ OPENAI_BASE_URL: baseUrl, OPENAI_MODEL: "stub-model", OPENAI_API_KEY: undefined, OPENAI_CONCURRENCY: 2 });
const fast = { retry: { attempts: 3, firstDelayMs: 5 } };

describe("the LLM extractor through the real ChatOpenAI client", () => {
  it("sends chunks with a forced tool call and keeps each claim's speaker and time", async () => {
    stub = await startStubModelServer((request) => ({ arguments: claimLines(request.user) }));
    const extractor = createOpenAiExtractor(env(stub.baseUrl), fast);
    const insights = await extractor.extract({ title: "Episode 42", text: transcript, kind: "podcast-episode" });
    expect(extractor.name).toBe("llm:stub-model@1");
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]).toMatchObject({ model: "stub-model", toolName: "record_insights" });
    expect(stub.requests[0]?.user).toContain("[1:10] Maya Chen: Most countries");
    expect(insights.map((i) => [i.text, i.speaker, i.startSec])).toEqual([
      ["Most countries will adapt open models to their own data rather than train frontier models.", "Maya Chen", 70],
      ["Export controls on chips turned compute into foreign policy.", "Tomas Lindqvist", 150],
    ]);
    // Names as the model gave them: "OSS" becomes open source only through the user's vocabulary, when written.
    expect(insights[0]?.topics.map((t) => t.slug)).toEqual(["open-source", "oss", "sovereign-ai"]);
  });

  it("keeps quotes verbatim: a reworded one is repaired to the source's words, an invented one dropped with its claim", async () => {
    const insight = (text: string, quote: string) => ({ text, quote, topics: ["open source"], confidence: 0.8 });
    stub = await startStubModelServer(() => ({
      arguments: JSON.stringify({
        insights: [
          insight("Most countries will adapt open models.", "most countries will adapt open models to their data rather than training frontier models"),
          insight("Chips decide elections.", "Every election is decided by who owns the chip factories."),
        ],
      }),
    }));
    const extraction = await createOpenAiExtractor(env(stub.baseUrl), fast).extract({ title: "Episode", text: transcript, kind: "podcast-episode" });
    expect(extraction.map((i) => [i.quote, i.speaker, i.startSec])).toEqual([
      ["Most countries will adapt open models to their own data rather than train frontier models.", "Maya Chen", 70],
    ]);
    expect(extraction.quotes).toEqual({ repaired: 1, dropped: 1 });
  });

  it("gives a quote of subtitles the start of the cue it begins in and the end of the cue it ends in", async () => {
    // Three cues as the subtitle reader joins them: the second sentence runs from cue 2 into cue 3.
    const turns = [
      {
        text: "Welcome back. Export controls on chips turned compute into foreign policy.",
        speaker: "Maya Chen",
        startSec: 4,
        cues: [{ offset: 14, startSec: 9 }, { offset: 44, startSec: 13 }],
        cueEnds: [{ offset: 0, endSec: 8 }, { offset: 14, endSec: 12 }, { offset: 44, endSec: 17 }],
      },
    ];
    const quote = "Export controls  on chips turned compute into foreign policy.";
    stub = await startStubModelServer(() => ({
      arguments: JSON.stringify({ insights: [{ text: "Chip export controls made compute a matter of foreign policy.", quote, topics: [], confidence: 0.8 }] }),
    }));
    const [insight] = await createOpenAiExtractor(env(stub.baseUrl), fast).extract({ title: "Subtitles", text: turns[0]?.text ?? "", kind: "podcast-episode", turns });
    expect(insight).toMatchObject({ quote: "Export controls on chips turned compute into foreign policy.", speaker: "Maya Chen", startSec: 9, endSec: 17 });
  });

  it("cuts a long source into chunks and calls the model for each, a bounded number at a time", async () => {
    stub = await startStubModelServer((request) => ({ arguments: claimLines(request.user) }));
    const long = Array.from({ length: 40 }, (_, i) => `${i % 2 === 0 ? "Guest" : "Host"}: Point ${i} is that open models keep getting cheaper every quarter.`).join("\n");
    const insights = await createOpenAiExtractor(env(stub.baseUrl), { ...fast, chunkChars: 600 }).extract({ title: "Long", text: long, kind: "note" });
    expect(stub.requests.length).toBeGreaterThan(3);
    expect(insights).toHaveLength(40);
  });

  it("retries a failing call with back-off and then succeeds", async () => {
    stub = await startStubModelServer((request, index) => (index === 0 ? { status: 503 } : { arguments: claimLines(request.user) }));
    const insights = await createOpenAiExtractor(env(stub.baseUrl), fast).extract({ title: "E", text: transcript, kind: "note" });
    expect(stub.requests).toHaveLength(2);
    expect(insights).toHaveLength(2);
  });

  it("fails the source with a clear error when the model answers with the wrong shape", async () => {
    stub = await startStubModelServer(() => ({ arguments: JSON.stringify({ claims: "none" }) }));
    const run = createOpenAiExtractor(env(stub.baseUrl), fast).extract({ title: "E", text: transcript, kind: "note" });
    await expect(run).rejects.toThrow(ExtractionError);
    await expect(run).rejects.toThrow(/answered badly/);
  });

  it("names the endpoint when it is unreachable", async () => {
    stub = await startStubModelServer(() => ({ status: 500 }));
    const baseUrl = stub.baseUrl;
    await stub.close();
    stub = undefined;
    const run = createOpenAiExtractor(env(baseUrl), fast).extract({ title: "E", text: transcript, kind: "note" });
    await expect(run).rejects.toThrow(`could not reach the model at ${baseUrl}`);
  });
});
