import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract/heuristic/heuristicExtractor";
import { parseTurns } from "../extract/heuristic/transcript";
import { resolveSpeakers } from "./resolve";

const corpus = join(import.meta.dirname, "../sample/corpus");
const manifest = JSON.parse(readFileSync(join(corpus, "sources.json"), "utf8")) as { file: string; show?: string; kind?: string }[];
const episodes = manifest.filter((source) => source.kind === "podcast-episode");

describe("speakers of the sample corpus", () => {
  it("gives every claim of a labelled turn its speaker, and one node per person per show", () => {
    const mentions = episodes.flatMap((source, n) => {
      const text = readFileSync(join(corpus, source.file), "utf8");
      const claims = extractClaims(text);
      if (parseTurns(text).some((turn) => turn.speaker)) {
        expect(claims.length).toBeGreaterThan(0);
        for (const claim of claims) expect(claim.speaker, claim.text).toBeTruthy();
      }
      return claims.map((claim, i) => ({ insightId: `${n}-${i}`, sourceId: source.file, show: source.show ?? null, label: claim.speaker ?? "", startSec: null }));
    });
    const { speakers, saidBy } = resolveSpeakers(mentions, []);
    expect(saidBy).toHaveLength(mentions.filter((m) => m.label).length);
    const perShow = speakers.map((s) => `${s.show} ${s.name}`);
    expect(new Set(perShow).size).toBe(perShow.length);
    expect(speakers.some((s) => s.name === "Ines Carvalho" && s.show === "Open Weights Weekly")).toBe(true);
  });
});
