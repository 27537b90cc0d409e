import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SourceMeta } from "@shared/api/sources";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extractClaims } from "../extract/heuristic";

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), "corpus");
const Manifest = z.array(SourceMeta.extend({ file: z.string().regex(/^[\w-]+\.txt$/) }));
const manifest = Manifest.parse(JSON.parse(readFileSync(join(corpusDir, "sources.json"), "utf8")));
const textOf = (file: string) => readFileSync(join(corpusDir, file), "utf8");

// The everyday sources exist to show that unrelated themes stay apart in the topic graph.
const everyday = new Set(["sourdough-starter-basics.txt", "first-marathon-training.txt", "allotment-compost-note.txt"]);

describe("sample corpus", () => {
  it("lists every file once, with example URLs only", () => {
    expect(new Set(manifest.map((s) => s.file)).size).toBe(manifest.length);
    for (const source of manifest) {
      expect(existsSync(join(corpusDir, source.file))).toBe(true);
      expect(source.url).toMatch(/^https:\/\/example\.(?:org|com)\//);
    }
  });

  it("has at least six AI-strategy sources and two unrelated ones of a real episode's length", () => {
    const long = manifest.filter((s) => {
      const words = textOf(s.file).split(/\s+/).length;
      return words >= 500 && words <= 900;
    });
    expect(long.filter((s) => !everyday.has(s.file)).length).toBeGreaterThanOrEqual(6);
    expect(long.filter((s) => everyday.has(s.file)).length).toBeGreaterThanOrEqual(2);
  });

  describe("through the heuristic extractor", () => {
    const extracted = manifest.map((s) => ({ file: s.file, insights: extractClaims(textOf(s.file)) }));

    // Topics are discovered at ingest from the whole corpus (server/topics), not per claim here.
    it("gives every source claims, and no claim a speaker label", () => {
      for (const { insights } of extracted) {
        expect(insights.length).toBeGreaterThan(0);
        for (const insight of insights) expect(insight.text).not.toMatch(/^(?:Host|SPEAKER_\d+|[A-Z]\w+ [A-Z]\w+):/);
      }
    });
  });
});
