import type { InsightId, TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { addedTopicPairs } from "./topicPairs";

const id = (value: string) => value as InsightId;
const about = (insight: string, ...slugs: string[]) => slugs.map((slug) => ({ insightId: id(insight), slug: slug as TopicSlug }));

describe("addedTopicPairs", () => {
  it("counts every pair of a new insight's topics, summed over the batch", () => {
    const pairs = addedTopicPairs(new Map(), [...about("x", "open-source", "sovereign-ai", "compute"), ...about("y", "sovereign-ai", "open-source")]);
    expect(pairs).toEqual([
      { a: "compute", b: "open-source", by: 1 },
      { a: "compute", b: "sovereign-ai", by: 1 },
      { a: "open-source", b: "sovereign-ai", by: 2 },
    ]);
  });

  it("adds nothing when an insight is ingested again with the topics it has", () => {
    const before = new Map([[id("x"), ["compute", "open-source"] as TopicSlug[]]]);
    expect(addedTopicPairs(before, about("x", "open-source", "compute"))).toEqual([]);
  });

  it("counts only the pairs a newly gained topic makes", () => {
    const before = new Map([[id("x"), ["compute", "open-source"] as TopicSlug[]]]);
    expect(addedTopicPairs(before, about("x", "vendor-lock-in"))).toEqual([
      { a: "compute", b: "vendor-lock-in", by: 1 },
      { a: "open-source", b: "vendor-lock-in", by: 1 },
    ]);
  });

  it("ignores a topic listed twice for one insight", () => {
    expect(addedTopicPairs(new Map(), about("x", "compute", "compute", "open-source"))).toEqual([{ a: "compute", b: "open-source", by: 1 }]);
  });
});
