import type { InsightId } from "@shared/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeEmbeddings } from "../repositories/embeddings";
import { type PrivateNeo4j, startPrivateNeo4j } from "../testing/harness";
import { currentBaseline } from "./meaning";
import { MIN_SAMPLE } from "./meaningBaseline";

// A graph of its own: the baseline samples every insight of a model, and bare insights with
// made-up vectors must not reach other test files' lists.
let neo4j: PrivateNeo4j;
beforeAll(async () => {
  neo4j = await startPrivateNeo4j("meaning-baseline");
}, 120_000);
afterAll(() => neo4j?.close());

const WIDTH = 16;
const COUNT = MIN_SAMPLE + 50;
const ids = Array.from({ length: COUNT }, (_, i) => `baseline-${i}` as InsightId);

/** Seeded vectors leaning along one axis: each model's corpus has a direction of its own. */
function vectorsAlong(axis: number, seed: number): number[][] {
  let state = seed;
  const next = () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
  return ids.map(() => Array.from({ length: WIDTH }, (_, i) => (i === axis ? 2 : 0) + next() - 0.5));
}

const embedAll = (vectors: number[][], model: string) =>
  neo4j.db.write("test", (tx) => storeEmbeddings(tx, ids.map((id, i) => ({ id, embedding: vectors[i]! })), model));

const baselineFor = (vectors: number[][]) =>
  neo4j.db.read("test", (tx) => currentBaseline(tx, COUNT, new Map([[ids[0]!, vectors[0]!]])));

/** The axis the corpus's mean vector leans along. */
const leaning = (mean: Float64Array) => mean.indexOf(Math.max(...mean));

describe("the meaning baseline across a change of model", () => {
  beforeAll(async () => {
    await neo4j.db.write("test", (tx) => tx.run("UNWIND $ids AS id CREATE (:Insight {id: id, text: id})", { ids }));
  });

  it("is measured again after a reembed with another model of the same width and corpus size", async () => {
    const first = vectorsAlong(0, 1);
    await embedAll(first, "model-a");
    const before = await baselineFor(first);
    expect(leaning(before!.mean)).toBe(0);

    const second = vectorsAlong(5, 2);
    await embedAll(second, "model-b");
    const after = await baselineFor(second);
    expect(after).not.toBe(before);
    expect(leaning(after!.mean)).toBe(5);
  });

  it("samples only the anchors' model while a reembed is half done", async () => {
    const third = vectorsAlong(9, 3);
    await neo4j.db.write("test", (tx) =>
      storeEmbeddings(tx, ids.slice(0, MIN_SAMPLE).map((id, i) => ({ id, embedding: third[i]! })), "model-c"),
    );
    const half = await baselineFor(third);
    expect(half).not.toBeNull();
    expect(leaning(half!.mean)).toBe(9);
  });
});
