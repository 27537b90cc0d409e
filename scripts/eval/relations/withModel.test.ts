import type { InsightId } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { startStubLabeller } from "../../../server/testing/stubLabeller";
import { type JudgedPair, scoreModel } from "./withModel";

/** Three pairs of one debate: two on one side, one across. */
const pairs: JudgedPair[] = [
  { a: "a1" as InsightId, b: "b1" as InsightId, textA: "Zoos protect species.", textB: "Zoos save endangered species.", truth: "same side" },
  { a: "a1" as InsightId, b: "b2" as InsightId, textA: "Zoos protect species.", textB: "Zoos confine animals against their nature.", truth: "opposite sides" },
  { a: "a1" as InsightId, b: "b3" as InsightId, textA: "Zoos protect species.", textB: "Zoos breed animals.", truth: "same side" },
];

describe("eval:relations with a model configured", () => {
  it("scores the model's labels on the served pairs beside offline, as a model reading the pairs would answer", async () => {
    // The stub says "contradicts" when a claim says "against", "supports" for "save", and nothing otherwise.
    const { labeller } = await startStubLabeller(
      (request) => {
        const asked = [...request.user.matchAll(/id: (\S+)\nA: (.*)\nB: (.*)/g)];
        const relation = (text: string) => (text.includes("against") ? "contradicts" : text.includes("save") ? "supports" : "none");
        return { arguments: JSON.stringify({ pairs: asked.map(([, id, a, b]) => ({ id, relation: relation(`${a} ${b}`), confidence: 0.9, reason: "stub" })) }) };
      },
      { attempts: 2 },
    );
    const rows = await scoreModel(labeller, pairs);
    expect(rows?.find((r) => r.label === "contradicts")?.scores).toMatchObject({ labelled: 1, precision: 1, recall: 1 });
    expect(rows?.find((r) => r.label === "supports")?.scores).toMatchObject({ labelled: 1, precision: 1, recall: 0.5 });
  });

  it("gives no model figures when the model fails", async () => {
    const { labeller } = await startStubLabeller(() => ({ status: 503 }), { attempts: 2 });
    expect(await scoreModel(labeller, pairs)).toBeNull();
  });
});
