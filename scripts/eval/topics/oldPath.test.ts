import { beforeAll, describe, expect, it } from "vitest";
import { type OldPath, loadOldPath } from "./oldPath";

let oldPath: OldPath;
beforeAll(async () => {
  oldPath = await loadOldPath();
});
const slugsOf = (text: string) => oldPath(text).map((t) => t.slug);

describe("the old topic path, on the AI-strategy example list", () => {
  it("finds sovereign AI and its neighbours in a sovereign-AI claim", () => {
    const topics = slugsOf("Sovereign AI is less about a national model and more about who controls the GPUs that public services run on.");
    expect(topics).toEqual(expect.arrayContaining(["sovereign-ai", "ai-compute", "public-sector-and-procurement"]));
  });

  it("sends OSS, open-source models and open weights to the same topic", () => {
    const slugs = [
      "The OSS ecosystem moves faster than any lab.",
      "Open-source models are good enough for most ministries.",
      "Open weights let a hospital keep patient records at home.",
    ].map((text) => slugsOf(text)[0]);
    expect(new Set(slugs)).toEqual(new Set(["open-source"]));
  });

  it("matches plurals and any case, but capitals only where an alias has them", () => {
    expect(slugsOf("Nobody can buy enough GPUs this year.")).toContain("ai-compute");
    expect(slugsOf("Let us be clear about what agents can do.")).not.toContain("united-state");
    expect(slugsOf("The US restricts accelerator sales to China.")).toEqual(expect.arrayContaining(["united-state", "china", "ai-compute"]));
  });

  it("prefers the longest alias, so 'energy gel' is nutrition, not energy", () => {
    expect(slugsOf("Take an energy gel every forty minutes of the long run.")).toEqual(["nutrition", "running"]);
  });

  it("gives weights in 0..1 and at most five topics", () => {
    const topics = oldPath(
      "Export controls on chips pushed China to build its own chips, while India, the Gulf states, Europe and the US compete for data centres, energy, talent and compute.",
    );
    expect(topics.length).toBeLessThanOrEqual(5);
    expect(topics[0]?.weight).toBe(1);
    for (const topic of topics) expect(topic.weight).toBeGreaterThan(0);
  });

  it("falls back to key phrases when the list knows nothing, and gives nothing to a text without nouns", () => {
    const topics = oldPath("Tomato plants need staking before the summer storms arrive.");
    expect(topics.map((t) => t.slug)).toEqual(expect.arrayContaining(["tomato-plant"]));
    for (const topic of topics) expect(topic.weight).toBeLessThan(1);
    expect(oldPath("Yes, absolutely.")).toEqual([]);
  });
});
