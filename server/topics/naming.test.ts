import type { TopicSlug } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { nameGroups, phraseKey } from "./naming";

const book = () => ({ curated: new Map(), taken: new Set<string>() });

describe("nameGroups", () => {
  it("names a group by the phrase its claims share, as written", () => {
    const [topic] = nameGroups(
      [["Export controls slowed Chinese labs.", "The export controls changed the incentives.", "Export controls on chips are porous."]],
      book(),
    );
    expect(topic).toMatchObject({ slug: "export-control", name: "Export controls", curated: false });
  });

  it("keeps proper names whole: no singular made of a surname", () => {
    const [topic] = nameGroups([["Dave Jones argued that the grid is the bottleneck.", "Dave Jones runs the grid operator."]], book());
    expect(topic!.name).toBe("Dave Jones");
  });

  it("passes over a phrase another topic holds, so two ideas sharing a word stay two topics", () => {
    const taken = book();
    taken.taken.add("export-control");
    const [topic] = nameGroups([["Export controls on chips are porous.", "Export controls on chips leak through resellers."]], taken);
    expect(topic!.slug).not.toBe("export-control");
  });

  it("joins a curated topic when a phrase is one of its aliases", () => {
    const curated = { slug: "open-source" as TopicSlug, name: "Open source" };
    const [topic] = nameGroups([["Open weights let a hospital keep records at home."]], { curated: new Map([[phraseKey("open weights"), curated]]), taken: new Set() });
    expect(topic).toEqual({ ...curated, curated: true });
  });

  it("names even a claim without a noun phrase", () => {
    const [topic] = nameGroups([["Yes, absolutely."]], book());
    expect(topic!.slug.length).toBeGreaterThan(0);
  });
});
