import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../../server/testing/reliabilityLog";
import { TopicSlug } from "../ids";
import { canNameTopic, normaliseTopic } from "./normalise";

const words = ["open", "Source", "AI", "models", "GPU's", "café", "policy", "Políticas", "naïve", "Œuvres", "𝐀𝐈", "１２３", "the", "a", "-", "/", "&", "\u200b", "\u200d"];

// Topic names as people type them, in several fields, to bend out of shape.
const names = ["Sovereign AI", "open-source models", "OSS", "GPUs", "Data centres", "Gulf states", "Wild yeast starters", "long-run pacing", "Dave Jones", "Indian Ocean", "Policies on rare-earth taxes"];

/** Phrases in Latin script, the topics' own: typed names bent out of shape, word salads, any ASCII. */
const latinPhrase = fc.oneof(
  fc.constantFrom(...names).chain((base) =>
    fc.tuple(fc.constantFrom("", "the ", "  ", "#", "a a "), fc.constantFrom("", "s", "'s", "-", " ", "\u200b", "!")).map(([pre, post]) => `${pre}${base}${post}`),
  ),
  fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((parts) => parts.join(" ")),
  fc.string({ unit: "grapheme-ascii", maxLength: 60 }),
);

const log = reliabilityLog("properties-topics");
afterAll(() => log.save());

describe("topic normalisation (property-based)", () => {
  it("is idempotent: normalising a topic's slug or name gives the same topic back", () => {
    fc.assert(
      fc.property(latinPhrase, (raw) => {
        fc.pre(canNameTopic(raw));
        const topic = normaliseTopic(raw);
        expect(TopicSlug.safeParse(topic.slug).success).toBe(true);
        expect(topic.name.length).toBeGreaterThan(0);
        expect(normaliseTopic(topic.slug).slug).toBe(topic.slug);
        expect(normaliseTopic(topic.name)).toEqual(topic);
      }),
      { numRuns: 5_000 },
    );
    log.record({ area: "properties", tried: "topic normalisation, 5,000 Latin-script phrases (typed names bent out of shape, word salads, any ASCII)", happened: "idempotent: a topic's slug and name normalise to the same topic", passed: true });
  }, 60_000);

  it("answers any string at all with a valid slug or a RangeError, nothing else", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 80 }), latinPhrase), (raw) => {
        if (!canNameTopic(raw)) {
          expect(() => normaliseTopic(raw)).toThrow(RangeError);
        } else {
          expect(TopicSlug.safeParse(normaliseTopic(raw).slug).success).toBe(true);
        }
      }),
      { numRuns: 3_000 },
    );
    log.record({ area: "properties", tried: "topic normalisation, 3,000 arbitrary Unicode strings", happened: "a valid slug or a RangeError, never anything else", passed: true });
  }, 60_000);
});
