import type { ReadingListDocument } from "@shared/api/readingListDocument";
import { describe, expect, it } from "vitest";
import { stepFromSearch, tourAddress, tourFromSearch, tourSteps } from "./tour";

const section = (title: string, slugs: string[], ids: string[]) => ({
  title,
  topics: slugs.map((slug) => ({ slug, name: slug })),
  items: ids.map((id) => ({ id, text: `claim ${id}` })),
});

describe("a reading list as a tour", () => {
  it("has one step per section that has topics, in reading order", () => {
    const document = { sections: [section("Compute", ["compute"], ["a", "b"]), section("Loose ends", [], ["c"]), section("Open models", ["open-models", "fine-tuning"], ["d"])] };
    const steps = tourSteps(document as unknown as ReadingListDocument);
    expect(steps.map((step) => step.title)).toEqual(["Compute", "Open models"]);
    expect(steps[1]!.topics.map((topic) => topic.slug)).toEqual(["open-models", "fine-tuning"]);
    expect(steps[0]!.insights.map((insight) => insight.id)).toEqual(["a", "b"]);
  });

  it("reads its source from the address and writes it back", () => {
    const saved = tourFromSearch(new URLSearchParams(`tour=${"a".repeat(32)}`));
    expect(saved).toEqual({ kind: "saved", id: "a".repeat(32) });
    const theme = tourFromSearch(new URLSearchParams("tour=topics:compute,open-models"));
    expect(theme).toEqual({ kind: "theme", topics: ["compute", "open-models"] });
    expect(tourAddress(theme as Exclude<typeof theme, string | null>, 2)).toBe("/?tour=topics%3Acompute%2Copen-models&step=2");
    expect(tourFromSearch(new URLSearchParams())).toBeNull();
    expect(tourFromSearch(new URLSearchParams("tour=nope"))).toMatch(/doesn't name a reading list/);
    expect(tourFromSearch(new URLSearchParams("tour=topics:Not Slug"))).toMatch(/aren't topics/);
  });

  it("keeps the step within the tour", () => {
    expect(stepFromSearch(new URLSearchParams("step=3"), 5)).toBe(3);
    expect(stepFromSearch(new URLSearchParams("step=9"), 5)).toBe(5);
    expect(stepFromSearch(new URLSearchParams("step=0"), 5)).toBe(1);
    expect(stepFromSearch(new URLSearchParams("step=x"), 5)).toBe(1);
    expect(stepFromSearch(new URLSearchParams(), 0)).toBe(1);
  });
});
