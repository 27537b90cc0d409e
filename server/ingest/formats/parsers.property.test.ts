import { SourceFormat } from "@shared/api/sources";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../../testing/reliabilityLog";
import { InputError, parseFormat, parseInput } from "./index";

const log = reliabilityLog("properties-parsers");
afterAll(() => log.save());

/** Fragments real inputs are made of, so random documents reach deep into each parser. */
const fragments = [
  "WEBVTT", "\n\n", "00:00:01.000 --> 00:00:04.000", "00:01,000 --> 00:02,000", "1\n", "Host: ", "[00:12] ", "<p>", "</p>", "<html><body>",
  "<article>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<?xml version=\"1.0\"?>", "<rss><channel><item><title>", "</title></item>",
  "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", "{\"insights\":[{\"text\":\"", "\"}]}", "{\"text\": 1}\n", "# Title\n", "- [link](javascript:x)",
  "Open models let nations keep their data at home.", "\u200b", "\ufeff", "\u0000", "&amp;", "&#xD800;", "]]>", "<![CDATA[", "\"", "{", "[",
];
const documentText = fc.oneof(
  fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 400 }),
);

/** A parser may accept anything it can read and must refuse the rest with an InputError, nothing else. */
const readsOrRefuses = (parse: () => unknown) => {
  try {
    parse();
    return "read";
  } catch (error) {
    if (error instanceof InputError) return "refused";
    throw error;
  }
};

describe("source parsers (property-based)", () => {
  it("read any text in any format, or refuse it with an InputError", () => {
    const outcomes = { read: 0, refused: 0 };
    fc.assert(
      fc.property(documentText, fc.constantFrom(...SourceFormat.options), (text, format) => {
        outcomes[readsOrRefuses(() => parseFormat("random.input", text, format))] += 1;
      }),
      { numRuns: 2_000 },
    );
    expect(outcomes.read).toBeGreaterThan(0);
    log.record({ area: "properties", tried: "2,000 random documents (format fragments, binary text) × every format", happened: `${outcomes.read} read, ${outcomes.refused} refused with InputError, no other error`, passed: true });
  }, 120_000);

  it("read any bytes under any file name, or refuse them with an InputError", () => {
    const names = ["a.txt", "a.vtt", "a.srt", "a.json", "a.jsonl", "a.html", "a.md", "feed.xml", "a.bin", "noextension"];
    const outcomes = { read: 0, refused: 0 };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.constantFrom(...names), (bytes, origin) => {
        outcomes[readsOrRefuses(() => parseInput({ origin, bytes }))] += 1;
      }),
      { numRuns: 1_000 },
    );
    log.record({ area: "properties", tried: "1,000 random byte strings under 10 file names (detection, decoding, parsing)", happened: `${outcomes.read} read, ${outcomes.refused} refused with InputError, no other error`, passed: true });
  }, 120_000);
});
