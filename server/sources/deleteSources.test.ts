import type { InsightId, TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { planDeletion } from "./deleteSources";

const id = (name: string) => name as InsightId;
const slug = (name: string) => name as TopicSlug;

describe("planning a source's deletion", () => {
  it("counts the co-occurrences, word frequencies and related lists the deleted insights leave behind", () => {
    const plan = planDeletion([
      { id: id("gone-1"), terms: ["compute", "budget", "compute"], topics: [slug("compute"), slug("audit"), slug("policy")], pointedAtBy: [id("kept-1"), id("gone-2")] },
      { id: id("gone-2"), terms: ["budget"], topics: [slug("audit"), slug("compute")], pointedAtBy: [id("kept-2"), id("kept-1")] },
      { id: id("gone-3"), terms: null, topics: [slug("policy")], pointedAtBy: [] },
    ]);
    expect(plan.insightIds).toEqual(["gone-1", "gone-2", "gone-3"]);
    expect(plan.topicSlugs).toEqual(["audit", "compute", "policy"]);
    expect(plan.topicPairs).toEqual([
      { a: "audit", b: "compute", by: 2 },
      { a: "audit", b: "policy", by: 1 },
      { a: "compute", b: "policy", by: 1 },
    ]);
    // Each insight counts a word once, as storeTerms counted it; an insight never indexed lowers nothing.
    expect(plan.df).toEqual([
      { lemma: "budget", by: 2 },
      { lemma: "compute", by: 1 },
    ]);
    // Deleted insights pointing at each other need no recomputing; the survivors do, once each.
    expect(plan.relatedToRecompute).toEqual(["kept-1", "kept-2"]);
  });

  it("plans nothing for a source that supported no insight alone", () => {
    expect(planDeletion([])).toEqual({ insightIds: [], topicSlugs: [], topicPairs: [], df: [], relatedToRecompute: [] });
  });
});
