import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../testing/reliabilityLog";
import { ingestInsights } from "../ingest/ingest";
import { connectTestDatabase, uniqueTag } from "../testing/harness";
import { DEFAULT_RELATED_K } from "../related/refresh";

const db = connectTestDatabase();
const log = reliabilityLog("properties-ingest");
afterAll(async () => {
  log.save();
  await db.close();
});

/**
 * Everything in the graph that mentions the tag: nodes, and edges by type with their properties.
 * RELATED_TO is left out: a related list is recomputed on every ingest against the whole graph,
 * which other test files change meanwhile, so it may rightly differ between the two ingests.
 */
const snapshot = (tag: string) =>
  db.read("idempotenceSnapshot", async (tx) => {
    const result = await tx.run(
      `MATCH (i:Insight) WHERE i.text CONTAINS $tag
       OPTIONAL MATCH (i)-[r]-(other) WHERE type(r) <> "RELATED_TO"
       WITH i, r, other ORDER BY i.id, type(r), coalesce(other.id, other.slug)
       RETURN i.id AS id, i.text AS text,
              collect([type(r), coalesce(other.id, other.slug), r.weight, r.score, r.position]) AS edges`,
      { tag },
    );
    return result.records.map((record) => record.toObject());
  });

const words = ["open", "models", "sovereign", "compute", "chips", "policy", "data", "cloud", "talent", "energy", "licences", "export"];

describe("ingest (property-based)", () => {
  it("is idempotent: ingesting the same insights again changes nothing", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            words: fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 9 }),
            topics: fc.array(fc.constantFrom("alpha", "beta", "gamma", "Beta", "the gammas"), { maxLength: 3 }),
            casing: fc.constantFrom("as is", "upper", "padded"),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (items) => {
          runs += 1;
          const tag = uniqueTag();
          const insights = items.map((item, i) => ({
            text: `Claim ${i} ${tag}: ${item.words.join(" ")}.`,
            topics: item.topics.length ? item.topics.map((t) => `${tag} ${t}`) : undefined,
          }));
          const first = await ingestInsights(db, insights, { relatedK: DEFAULT_RELATED_K });
          const before = await snapshot(tag);
          // The same claims again, written differently where that must not matter.
          const again = insights.map((insight, i) => {
            const casing = items[i]!.casing;
            return { ...insight, text: casing === "upper" ? insight.text.toUpperCase() : casing === "padded" ? `  ${insight.text}  ` : insight.text };
          });
          const second = await ingestInsights(db, again, { relatedK: DEFAULT_RELATED_K });
          expect(second.map((s) => s.id)).toEqual(first.map((s) => s.id));
          expect(await snapshot(tag)).toEqual(before);
        },
      ),
      { numRuns: 8 },
    );
    log.record({ area: "properties", tried: `${runs} random batches ingested twice (second time upper-cased or padded)`, happened: "same ids; identical insights, FROM and ABOUT edges and their properties", passed: true });
  }, 300_000);
});
