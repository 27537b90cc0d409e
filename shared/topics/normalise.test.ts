import { describe, expect, it } from "vitest";
import { findTaxonomyTopic, normaliseTopic, splitWords } from "./normalise";
import { taxonomy } from "./taxonomy";

describe("normaliseTopic", () => {
  it.each(["OSS", "open source", "Open-Source Models", "open models", "open weights", "open-source AI", "  open   source!  "])(
    "maps %j to the curated open-source topic",
    (raw) => {
      expect(normaliseTopic(raw)).toEqual({ slug: "open-source", name: "Open source" });
    },
  );

  it("folds case, plurals, hyphens and articles onto one slug", () => {
    expect(normaliseTopic("GPUs").slug).toBe("compute");
    expect(normaliseTopic("the Gulf States").slug).toBe("gulf-states");
    expect(normaliseTopic("Fine tuning").slug).toBe("fine-tuning");
    expect(normaliseTopic("fine-tuned").slug).toBe("fine-tuning");
    expect(normaliseTopic("AI chips").slug).toBe("semiconductors");
    expect(normaliseTopic("China's").slug).toBe("china");
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

describe("taxonomy", () => {
  it("has no alias that two topics claim", () => {
    const owners = new Map<string, string>();
    for (const def of taxonomy) {
      for (const phrase of [def.name, ...def.aliases]) {
        const key = splitWords(phrase).join(" ").toLowerCase();
        const owner = owners.get(key);
        expect(owner === undefined || owner === def.slug, `${phrase} in ${owner} and ${def.slug}`).toBe(true);
        owners.set(key, def.slug);
      }
    }
  });

  it("finds every curated topic by its own slug, name and aliases", () => {
    for (const def of taxonomy) {
      for (const phrase of [def.slug, def.name, ...def.aliases]) {
        expect(findTaxonomyTopic(phrase)?.slug, phrase).toBe(def.slug);
      }
    }
  });
});
