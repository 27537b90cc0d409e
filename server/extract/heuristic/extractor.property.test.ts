import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../../testing/reliabilityLog";
import { TopicSlug } from "@shared/ids";
import { createHeuristicExtractor } from "./heuristicExtractor";

const log = reliabilityLog("properties-extractor");
afterAll(() => log.save());

const pieces = [
  "Host: ", "Guest: ", "[00:01:02] ", "00:00:01.000 --> 00:00:02.000\n", "\n", "\n\n", ". ", "? ", "!!! ", "...", "\u200b", "\u202e", "<script>x</script>",
  "Sovereign AI means running open-source models on national compute.", "Fine-tuning is cheap.", "um, you know, like", "Thanks for listening!",
  "https://example.org/a?b=c", "e.g. Mr. Smith's GPU's", "123,456.78", "日本語のテキスト。", "مرحبا", "🙂", "\t", "A".repeat(300),
];
const anyText = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 600 }),
  fc.string({ unit: "grapheme", maxLength: 600 }),
);

describe("the offline extractor (property-based)", () => {
  it("never throws, on any text, and only returns well-formed insights", async () => {
    const extractor = createHeuristicExtractor();
    let insights = 0;
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom("podcast-episode", "article", "note", "insight-page") as fc.Arbitrary<"article">, async (text, kind) => {
        const extracted = await extractor.extract({ title: "Random", text, kind });
        insights += extracted.length;
        for (const insight of extracted) {
          expect(insight.text.trim().length).toBeGreaterThan(0);
          expect(insight.confidence).toBeGreaterThanOrEqual(0);
          expect(insight.confidence).toBeLessThanOrEqual(1);
          for (const topic of insight.topics) expect(TopicSlug.safeParse(topic.slug).success).toBe(true);
        }
      }),
      { numRuns: 1_500 },
    );
    expect(insights).toBeGreaterThan(0);
    log.record({ area: "properties", tried: "the offline extractor on 1,500 random texts (transcript fragments, binary, any Unicode)", happened: `never threw; ${insights} insights, all with text, confidence in 0..1 and valid topic slugs`, passed: true });
  }, 300_000);
});
