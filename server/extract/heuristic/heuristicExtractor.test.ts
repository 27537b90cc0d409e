import { describe, expect, it } from "vitest";
import { isVerbatim } from "../verbatim";
import { createHeuristicExtractor, extractClaims } from "./heuristicExtractor";

const transcript = `[00:00:03] Host: Hello and welcome to the show! I'm your host, Ana Silva.
[00:00:09] Maya Chen: Thanks for having me, Ana. It's great to be here.
[00:00:14] Host: Great to have you. So, what does sovereign AI mean for a country like Portugal?
[00:00:20] Maya Chen: Great question. Sovereign AI means a government can keep its public services running on open models and domestic compute when a foreign vendor changes its prices. This means every ministry needs a fallback provider it controls.
[00:01:02] Host: This episode is brought to you by Northwind Cloud. Northwind offers dedicated GPU clusters in Lisbon with twenty percent off your first month at northwind.example.com.
[00:01:15] Host: Do you think the cost of inference will keep falling?
[00:01:19] SPEAKER_01: Inference costs have fallen roughly tenfold in two years, and cheaper tokens have mostly been spent on longer prompts rather than smaller bills.
[00:01:40] Host: Thank you so much, Maya. Please subscribe and leave us a review!`;

describe("extractClaims", () => {
  it("quotes the source as written where the sentence splitter cuts inside an address", () => {
    const text =
      "Candidate: Our campaign raised forty million dollars in January alone. Go to our site at marcorubio.com, so we can end this silliness and win the nomination in March. That is the plan.";
    const quotes = extractClaims(text).map((i) => i.quote);
    expect(quotes.some((quote) => quote.includes("marcorubio.com"))).toBe(true);
    for (const quote of quotes) expect(isVerbatim(quote, text)).toBe(true);
  });

  const insights = extractClaims(transcript);
  const texts = insights.map((i) => i.text);

  it("keeps the claims and skips greetings, thanks, questions and the sponsor read", () => {
    expect(texts.some((t) => t.startsWith("Sovereign AI means"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Inference costs have fallen"))).toBe(true);
    for (const text of texts) {
      expect(text).not.toMatch(/welcome|thanks|thank you|great question|subscribe|\?/i);
      expect(text).not.toMatch(/Northwind|twenty percent off/);
    }
  });

  it("never lets a speaker label or a timestamp into an insight", () => {
    for (const insight of insights) {
      expect(insight.text).not.toMatch(/^(?:Host|Maya Chen|SPEAKER_\d+):|\d{2}:\d{2}/);
      expect(insight.quote).not.toMatch(/(?:Host|Maya Chen|SPEAKER_\d+):|\[\d/);
    }
  });

  it("keeps a 'This means...' follow-up with the claim it continues", () => {
    const sovereign = insights.find((i) => i.text.startsWith("Sovereign AI means"));
    expect(sovereign?.text).toContain("This means every ministry needs a fallback provider");
    expect(sovereign?.startSec).toBe(20);
  });

  it("numbers insights in source order with confidences, leaving topics to discovery at ingest", () => {
    expect(insights.map((i) => i.position)).toEqual(insights.map((_, i) => i));
    for (const insight of insights) {
      expect(insight.confidence).toBeGreaterThan(0);
      expect(insight.confidence).toBeLessThanOrEqual(1);
      expect(insight.topics).toEqual([]);
      expect(insight.quote).toContain(insight.text.slice(0, 20));
    }
  });

  it("does not make a claim out of a text that has none", () => {
    expect(extractClaims("Host: Welcome back! Guest: Thanks for having me. Host: Ready? Guest: Sure.")).toEqual([]);
    expect(extractClaims("")).toEqual([]);
  });

  it("finds the one claim of a short note, full stop or not", () => {
    const [claim, ...rest] = extractClaims("Open models will win the public sector because ministries must run them on their own hardware");
    expect(rest).toEqual([]);
    expect(claim?.text).toBe("Open models will win the public sector because ministries must run them on their own hardware.");
  });

  it("keeps a few claims per thousand words, not every sentence", () => {
    const sentences = Array.from(
      { length: 150 },
      (_, i) => `Country number ${i} will fine-tune open models on ${i} thousand documents of its own public records.`,
    );
    const text = sentences.join(" ");
    const words = text.split(/\s+/).length;
    expect(extractClaims(text).length).toBeLessThanOrEqual(Math.ceil(words / 100));
  });

  it("is deterministic", () => {
    expect(extractClaims(transcript)).toEqual(insights);
  });
});

describe("createHeuristicExtractor", () => {
  it("names itself and extracts through the Extractor interface", async () => {
    const extractor = createHeuristicExtractor();
    expect(extractor.name).toBe("heuristic@1");
    const insights = await extractor.extract({ title: "t", text: transcript, kind: "podcast-episode" });
    expect(insights).toEqual(extractClaims(transcript));
  });
});

describe("a model's rating, when the extractor is given one", () => {
  it("blends into the score: a sentence the model rates high gains confidence, one it rates low loses it", async () => {
    const text = "Inference costs have fallen roughly tenfold in two years across every major provider.";
    const rated = (rating: number) => createHeuristicExtractor({ rateClaims: async (sentences) => sentences.map(() => rating) });
    const [plain] = extractClaims(text);
    const [high] = await rated(0.95).extract({ title: "t", text, kind: "note" });
    const [low] = await rated(0.05).extract({ title: "t", text, kind: "note" });
    expect(high!.confidence).toBeGreaterThan(plain!.confidence);
    expect(low?.confidence ?? 0).toBeLessThan(plain!.confidence);
    const [neutral] = await rated(0.5).extract({ title: "t", text, kind: "note" });
    expect(neutral!.confidence).toBe(plain!.confidence);
  });
});
