import { describe, expect, it } from "vitest";
import { relatedReason } from "./reason";
import type { Corpus, InsightFeatures, TopicFeature } from "../repositories/relatedCandidates";
import { defaultWeights, prepare, scorePair, topRelated } from "./scoring";
import { contentTerms } from "./terms";

const topic = (slug: string, insightCount: number): TopicFeature => ({ slug, name: slug.replace("-", " "), weight: 1, insightCount });
const insight = (id: string, topics: TopicFeature[], text: string, embedding?: number[]): InsightFeatures => ({
  id,
  topics,
  terms: contentTerms(text).terms,
  passages: [],
  ...(embedding && { embedding }),
});
const c: Corpus = { insightCount: 1000, termDf: new Map() };
const trade = topic("trade", 40);

describe("the embedding part of a related score", () => {
  it("is absent, and the score exactly the offline blend, unless both insights have embeddings", () => {
    const a = insight("a", [trade], "Export controls reshape chip supply chains.", [1, 0, 0]);
    const b = insight("b", [trade], "Chip supply chains bend to export rules.");
    const onlyOne = scorePair(prepare(a, c), prepare(b, c))!;
    const neither = scorePair(prepare({ ...a, embedding: undefined }, c), prepare(b, c))!;
    expect(onlyOne.parts).not.toHaveProperty("embedding");
    expect(onlyOne.score).toBe(neither.score);
    expect(onlyOne.score).toBe(Math.round((defaultWeights.topics * onlyOne.parts.topics + defaultWeights.text * onlyOne.parts.text) * 1e12) / 1e12);
  });

  it("blends topics, wording and meaning with the stated weights", () => {
    const a = prepare(insight("a", [trade], "Export controls reshape chip supply chains.", [3, 4, 0]), c);
    const b = prepare(insight("b", [trade, topic("chips", 90)], "Chip supply chains bend to export rules.", [4, 3, 0]), c);
    const pair = scorePair(a, b)!;
    const w = defaultWeights.withEmbedding;
    expect(pair.parts.embedding).toBeCloseTo(24 / 25, 12);
    expect(pair.score).toBeCloseTo(w.topics * pair.parts.topics + w.text * pair.parts.text + w.embedding * pair.parts.embedding!, 12);
    expect(w.topics + w.text + w.embedding).toBeCloseTo(defaultWeights.topics + defaultWeights.text, 12);
  });

  it("ranks a paraphrase with nothing in common above an unrelated claim, and says it is close in meaning", () => {
    const anchor = prepare(insight("a", [topic("sovereign-ai", 10)], "Nations want their own models.", [1, 0.1, 0]), c);
    const paraphrase = prepare(insight("p", [topic("policy", 30)], "Governments seek domestic AI capability.", [0.95, 0.2, 0]), c);
    const unrelated = prepare(insight("u", [topic("baking", 30)], "Sourdough needs a patient starter.", [0, 0.1, 1]), c);
    const [first, second] = topRelated(anchor, [unrelated, paraphrase], 5);
    expect(first!.id).toBe("p");
    expect(first!.closeInMeaning).toBe(true);
    expect(relatedReason(first!)).toBe("close in meaning");
    expect(second!.id).toBe("u");
    expect(second!.score).toBeLessThan(first!.score / 5);
  });

  it("counts opposite meanings as nothing, not as a negative score", () => {
    const a = prepare(insight("a", [trade], "Tariffs protect local industry.", [1, 0]), c);
    const b = prepare(insight("b", [trade], "Tariffs hurt consumers.", [-1, 0]), c);
    const pair = scorePair(a, b)!;
    expect(pair.parts.embedding).toBe(0);
    expect(pair.score).toBeCloseTo(defaultWeights.withEmbedding.topics * pair.parts.topics + defaultWeights.withEmbedding.text * pair.parts.text, 12);
  });

  it("names shared topics first when they, not meaning, drove the match", () => {
    const rare = topic("export-controls", 3);
    const a = prepare(insight("a", [rare], "Controls on lithography tools.", [1, 0, 0]), c);
    const b = prepare(insight("b", [rare], "Ports handle more grain this year.", [0.5, 0.8, 0.2]), c);
    // A blend where topics can outweigh meaning (the default gives meaning 0.8).
    const pair = scorePair(a, b, { ...defaultWeights, withEmbedding: { topics: 0.45, text: 0.15, embedding: 0.4 } })!;
    expect(pair.closeInMeaning).toBe(false);
    expect(relatedReason(pair)).toBe("shares export controls");
  });

  it("puts meaning before the topics when the embedding outweighed them", () => {
    const common = topic("ai", 900);
    const a = prepare(insight("a", [common, topic("x", 5)], "Open weights let hospitals audit models.", [1, 0, 0]), c);
    const b = prepare(insight("b", [common, topic("y", 5)], "Clinics can inspect freely released AI.", [0.98, 0.1, 0]), c);
    const pair = scorePair(a, b)!;
    expect(pair.closeInMeaning).toBe(true);
    expect(relatedReason(pair)).toBe("close in meaning; shares ai");
  });

  it("ignores embeddings of different widths (two models' vectors do not compare)", () => {
    const a = prepare(insight("a", [trade], "Tariffs protect local industry.", [1, 0]), c);
    const b = prepare(insight("b", [trade], "Tariffs hurt consumers.", [1, 0, 0]), c);
    expect(scorePair(a, b)!.parts).not.toHaveProperty("embedding");
  });
});
