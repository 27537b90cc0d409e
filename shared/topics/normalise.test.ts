import { describe, expect, it } from "vitest";
import { normaliseTopic } from "./normalise";

describe("normaliseTopic", () => {
  it.each(["open source", "Open-Source", "  open   source!  ", "the open sources"])("folds %j onto one slug", (raw) => {
    expect(normaliseTopic(raw).slug).toBe("open-source");
  });

  it("folds case, plurals, hyphens, possessives and articles, but knows no field's aliases", () => {
    expect(normaliseTopic("GPUs").slug).toBe("gpu");
    expect(normaliseTopic("the Gulf States").slug).toBe("gulf-state");
    expect(normaliseTopic("Fine tuning").slug).toBe("fine-tuning");
    expect(normaliseTopic("China's").slug).toBe("china");
    expect(normaliseTopic("OSS").slug).toBe("oss");
  });

  it("gives an unknown phrase its own singular slug and a tidy name", () => {
    expect(normaliseTopic("  sourdough  starters. ")).toEqual({ slug: "sourdough-starter", name: "Sourdough starter" });
    expect(normaliseTopic("Maya Chen")).toEqual({ slug: "maya-chen", name: "Maya Chen" });
    expect(normaliseTopic("tokenizer-free LLMs")).toEqual({ slug: "tokenizer-free-llm", name: "Tokenizer-free LLM" });
    expect(normaliseTopic("Café culture").slug).toBe("cafe-culture");
  });

  it("is idempotent on slugs and names", () => {
    const raws = [
      "Sovereign AI", "OSS", "Data Centres", "vendor lock-in", "Wild Yeast Starters", "long-run pacing",
      "Policies on rare-earth taxes", "a very long topic phrase ".repeat(6),
    ];
    for (const raw of raws) {
      const once = normaliseTopic(raw);
      expect(normaliseTopic(once.slug).slug).toBe(once.slug);
      expect(normaliseTopic(once.name)).toEqual(once);
      expect(once.slug.length).toBeLessThanOrEqual(80);
    }
  });

  it("rejects a phrase with nothing to name", () => {
    expect(() => normaliseTopic("!!!")).toThrow(RangeError);
  });
});
