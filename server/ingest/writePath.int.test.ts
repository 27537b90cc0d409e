import type { TopicSlug } from "@shared/ids";
import { afterAll, describe, expect, it } from "vitest";
import type { Extractor } from "../extract/types";
import { findInsightSummaries } from "../repositories/insights";
import { DEFAULT_RELATED_K } from "../related/refresh";
import { connectTestDatabase, uniqueTag } from "../testing/harness";
import { ingestSource } from "./ingest";

const db = connectTestDatabase();
afterAll(() => db.close());

const answerAtOnce = { relatedK: DEFAULT_RELATED_K, waitForEnrichment: false };
const topic = (tag: string, name: string, weight = 1) => ({ slug: `${tag}-${name}` as TopicSlug, name: `${tag} ${name}`, weight });

/** Gives back the claims it was made with, so the test says exactly what each ingest holds. */
const claimsOf = (claims: readonly { text: string; topics: ReturnType<typeof topic>[] }[]): Extractor => ({
  name: "fixed@1",
  extract: async () => claims.map((claim, position) => ({ ...claim, quote: claim.text, position, confidence: 0.9 })),
});

/** Every ABOUT and FROM link of the tagged insights, counted per pair, with the properties the write sets. */
const linksOf = (tag: string) =>
  db.read("test", async (tx) => {
    const result = await tx.run(
      `MATCH (i:Insight)-[r:ABOUT|FROM]->(other) WHERE i.text CONTAINS $tag
       WITH i, type(r) AS type, coalesce(other.slug, other.id) AS other, collect(coalesce(r.weight, r.position)) AS values
       RETURN i.text AS text, type, other, values ORDER BY text, type, other`,
      { tag },
    );
    return result.records.map((record) => `${record.get("text").slice(0, 12)} ${record.get("type")} ${record.get("other")} ${record.get("values").join(",")}`).sort();
  });

describe("re-ingesting a source that holds insights old and new", () => {
  it("creates the new ones' links, merges the old ones', answers as a read-back would and leaves no mark", async () => {
    const tag = uniqueTag();
    const claim = (n: number) => `Claim ${n} ${tag}: grid connections decide where data centres go.`;
    const first = await ingestSource(
      db,
      claimsOf([
        { text: claim(0), topics: [topic(tag, "grid")] },
        { text: claim(1), topics: [topic(tag, "grid"), topic(tag, "energy", 0.5)] },
      ]),
      { title: `Source ${tag}`, text: "Grid connections decide where data centres go." },
      answerAtOnce,
    );
    expect(first.alreadyPresent).toBe(0);

    // Half of it was there; claim 1 gains a topic; claim 2 comes twice (its second copy upper-cased), heavier the second time.
    const again = await ingestSource(
      db,
      claimsOf([
        { text: claim(1), topics: [topic(tag, "grid"), topic(tag, "energy", 0.5), topic(tag, "siting", 0.7)] },
        { text: claim(0), topics: [topic(tag, "grid")] },
        { text: claim(2), topics: [topic(tag, "siting", 0.2)] },
        { text: claim(2).toUpperCase(), topics: [topic(tag, "siting", 0.8)] },
      ]),
      { title: `Source ${tag}`, text: "Grid connections decide where data centres go." },
      answerAtOnce,
    );
    expect(again.alreadyPresent).toBe(2);
    expect(again.insights.map((insight) => insight.text)).toEqual([claim(1), claim(0), claim(2)]);
    expect(again.insights).toEqual(await db.read("test", (tx) => findInsightSummaries(tx, again.insights.map((insight) => insight.id))));

    const [one, zero, two] = [claim(1), claim(0), claim(2)].map((text) => text.slice(0, 12));
    const source = again.source.id;
    expect(await linksOf(tag)).toEqual(
      [
        `${zero} ABOUT ${tag}-grid 1`,
        `${zero} FROM ${source} 0`,
        `${one} ABOUT ${tag}-energy 0.5`,
        `${one} ABOUT ${tag}-grid 1`,
        `${one} ABOUT ${tag}-siting 0.7`,
        `${one} FROM ${source} 1`,
        // The first copy's place in the source, the last copy's weight: what MERGE … ON CREATE and MERGE … SET keep.
        `${two} ABOUT ${tag}-siting 0.8`,
        `${two} FROM ${source} 2`,
      ].sort(),
    );
    const marked = await db.read("test", async (tx) =>
      (await tx.run("MATCH (i:Insight) WHERE i.text CONTAINS $tag AND i.createdByThisWrite IS NOT NULL RETURN count(i) AS n", { tag })).records[0]?.get("n"),
    );
    expect(marked).toBe(0);
  });
});
