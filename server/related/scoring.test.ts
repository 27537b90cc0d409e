import { describe, expect, it } from "vitest";
import { relatedReason, wordsAsWritten } from "./reason";
import type { Corpus, InsightFeatures, TopicFeature } from "../repositories/relatedCandidates";
import { prepare, scorePair, topRelated } from "./scoring";
import { contentTerms } from "./terms";

const topic = (slug: string, insightCount: number, weight = 1): TopicFeature => ({ slug, name: slug.replace("-", " "), weight, insightCount });
const insight = (id: string, topics: TopicFeature[], text = "", passages: InsightFeatures["passages"] = []): InsightFeatures => ({
  id,
  topics,
  terms: contentTerms(text).terms,
  passages,
});
const corpus = (insightCount: number, df: Record<string, number> = {}): Corpus => ({ insightCount, termDf: new Map(Object.entries(df)) });

describe("scorePair", () => {
  const c = corpus(1000);
  const common = topic("ai", 600);
  const rare = topic("export-controls", 4);

  it("counts a shared rare topic for more than a shared common one", () => {
    const anchor = prepare(insight("a", [common, rare, topic("chips", 50)]), c);
    const sharesRare = scorePair(anchor, prepare(insight("b", [rare, topic("trade", 80)]), c));
    const sharesCommon = scorePair(anchor, prepare(insight("c", [common, topic("trade", 80)]), c));
    expect(sharesRare!.score).toBeGreaterThan(sharesCommon!.score);
    expect(sharesRare!.sharedTopics.map((t) => t.slug)).toEqual(["export-controls"]);
  });

  it("normalises for how many topics each insight has", () => {
    const anchor = prepare(insight("a", [rare]), c);
    const focused = scorePair(anchor, prepare(insight("b", [rare]), c));
    const diffuse = scorePair(anchor, prepare(insight("c", [rare, topic("x", 5), topic("y", 5), topic("z", 5)]), c));
    expect(focused!.parts.topics).toBeCloseTo(1, 10);
    expect(diffuse!.parts.topics).toBeLessThan(0.6);
  });

  it("finds similar wording across inflections (lemmas), weighted by rarity", () => {
    const df = corpus(1000, { country: 300, adapt: 20, open: 200, model: 400, hardware: 30, save: 150, money: 150 });
    const anchor = prepare(insight("a", [], "Countries adapt open models to their own hardware."), df);
    const reworded = scorePair(anchor, prepare(insight("b", [], "A country adapting a model on its hardware saves money."), df));
    const unrelated = scorePair(anchor, prepare(insight("c", [], "Sourdough needs a patient starter."), df));
    expect(reworded!.parts.text).toBeGreaterThan(0.5);
    expect(reworded!.sharedTerms[0]).toBe("adapt");
    expect(unrelated).toBeNull();
  });

  it("offline, does not link two claims on one shared word and no shared topic", () => {
    const df = corpus(1000, { second: 40, episode: 30, open: 200, weight: 60, kilometre: 5 });
    const anchor = prepare(insight("a", [], "The second episode says open weights help."), df);
    expect(scorePair(anchor, prepare(insight("b", [], "Thirty seconds per kilometre too fast costs minutes."), df))).toBeNull();
    expect(scorePair(anchor, prepare(insight("c", [], "An episode on open weights."), df))?.sharedTerms).toHaveLength(3);
  });

  it("penalises neighbouring claims of one source, but not distant ones", () => {
    const topics = [rare];
    const anchor = prepare(insight("a", topics, "", [{ sourceId: "s", position: 4 }]), c);
    const neighbour = scorePair(anchor, prepare(insight("b", topics, "", [{ sourceId: "s", position: 5 }]), c));
    const distant = scorePair(anchor, prepare(insight("c", topics, "", [{ sourceId: "s", position: 9 }]), c));
    expect(neighbour!.parts.samePassage).toBe(true);
    expect(distant!.parts.samePassage).toBe(false);
    expect(neighbour!.score).toBeLessThan(distant!.score);
  });

  it("leaves near-duplicates out: they are one claim, for extraction to merge", () => {
    const text = "Middle powers will fine-tune open models on national data.";
    const anchor = prepare(insight("a", [rare], text), c);
    expect(scorePair(anchor, prepare(insight("b", [rare], `${text} Indeed.`), c))).toBeNull();
  });
});

describe("topRelated", () => {
  it("keeps the best k, best first, ties broken by id", () => {
    const c = corpus(100);
    const t = topic("t", 10);
    const anchor = prepare(insight("a", [t]), c);
    const candidates = ["d", "b", "c", "a"].map((id) => prepare(insight(id, [t]), c));
    expect(topRelated(anchor, candidates, 2).map((p) => p.id)).toEqual(["b", "c"]);
  });
});

describe("relatedReason", () => {
  const c = corpus(1000, { chip: 5, export: 5, control: 5 });
  const anchor = prepare(insight("a", [topic("sovereign-ai", 9), topic("open-source", 30), topic("compute", 90)], "Export controls on chips."), c);

  it("names the rarest shared topics first and mentions similar wording", () => {
    const pair = scorePair(anchor, prepare(insight("b", [topic("open-source", 30), topic("sovereign-ai", 9)], "Chips export controls bite."), c));
    expect(relatedReason(pair!)).toBe("shares sovereign ai and open source; similar wording");
  });

  it("shortens long topic lists and names shared words when no topic is shared", () => {
    const many = scorePair(anchor, prepare(insight("b", [topic("compute", 90), topic("open-source", 30), topic("sovereign-ai", 9)]), c));
    expect(relatedReason(many!)).toBe("shares sovereign ai, open source and compute");
    const text = "Export controls for Chips hurt allies.";
    const wordsOnly = scorePair(anchor, prepare(insight("c", [topic("trade", 3)], text), c));
    // Quoted as the related insight writes them: "Chips", not the stem "chip".
    expect(relatedReason(wordsOnly!, text)).toMatch(/^similar wording \((Chips|Export|controls)(, (Chips|Export|controls)){2}\)$/);
  });
});

describe("wordsAsWritten", () => {
  it("quotes shared words as the related text spells them, never as stems", () => {
    const lemmas = contentTerms("The agreement was signed by Countries.").terms;
    expect(wordsAsWritten(lemmas, "Both countries honoured the Agreements.")).toEqual(["Agreements", "countries"]);
  });
});
