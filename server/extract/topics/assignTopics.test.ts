import { normaliseTopic } from "@shared/topics/normalise";
import { describe, expect, it } from "vitest";
import { assignTopics } from "./assignTopics";

const slugsOf = (text: string) => assignTopics(text).map((t) => t.slug);

describe("assignTopics", () => {
  it("finds sovereign AI and its neighbours in a sovereign-AI claim", () => {
    const topics = slugsOf(
      "Sovereign AI is less about a national model and more about who controls the GPUs that public services run on.",
    );
    expect(topics).toContain("sovereign-ai");
    expect(topics).toContain("compute");
    expect(topics).toContain("public-sector");
  });

  it("sends OSS, open-source models and open weights to the same topic", () => {
    const slugs = [
      "The OSS ecosystem moves faster than any lab.",
      "Open-source models are good enough for most ministries.",
      "Open weights let a hospital keep patient records at home.",
    ].map((text) => slugsOf(text)[0]);
    expect(new Set(slugs)).toEqual(new Set(["open-source"]));
    expect(normaliseTopic("OSS").slug).toBe(normaliseTopic("open-source models").slug);
  });

  it("matches plurals and any case, but capitals only where an alias has them", () => {
    expect(slugsOf("Nobody can buy enough gpus this year.")).toContain("compute");
    expect(slugsOf("Data centres need grid connections.")).toContain("data-centres");
    expect(slugsOf("Let us be clear about what agents can do.")).not.toContain("united-states");
    expect(slugsOf("The US restricts accelerator sales to China.")).toEqual(
      expect.arrayContaining(["united-states", "china", "compute"]),
    );
  });

  it("prefers the longest alias, so 'energy gel' is nutrition, not energy", () => {
    expect(slugsOf("Take an energy gel every forty minutes of the long run.")).toEqual(["nutrition", "running"]);
  });

  it("ranks the most mentioned topic first, gives weights in 0..1 and at most five topics", () => {
    const topics = assignTopics(
      "Export controls on chips pushed China to build its own chips, while India, the Gulf states, Europe and the US " +
        "compete for data centres, energy, talent and compute.",
    );
    expect(topics.length).toBeLessThanOrEqual(5);
    expect(topics[0]?.slug).toBe("semiconductors");
    expect(topics[0]?.weight).toBe(1);
    for (const topic of topics) {
      expect(topic.weight).toBeGreaterThan(0);
      expect(topic.weight).toBeLessThanOrEqual(1);
    }
  });

  it("falls back to key phrases when the taxonomy knows nothing", () => {
    const topics = assignTopics("Tomato plants need staking before the summer storms arrive.");
    expect(topics.length).toBeGreaterThanOrEqual(1);
    expect(topics.map((t) => t.slug)).toEqual(expect.arrayContaining(["tomato-plant"]));
    for (const topic of topics) expect(topic.weight).toBeLessThan(1);
  });

  it("gives nothing only to a text without nouns", () => {
    expect(assignTopics("Yes, absolutely.")).toEqual([]);
    expect(assignTopics("")).toEqual([]);
  });

  it("is deterministic", () => {
    const text = "Fine-tuning small models on domain data cuts inference costs.";
    expect(assignTopics(text)).toEqual(assignTopics(text));
  });
});
