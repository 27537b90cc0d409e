import type { InsightId } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { startStubLabeller, stubLabellerEnv } from "../../testing/stubLabeller";
import { pairKey, type PairToLabel } from "../labeller";
import { PAIRS_PER_CALL } from "./calls";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { setTimeout as sleep } from "node:timers/promises";
import { CONFIDENCE_FLOOR, createModelLabeller } from "./modelLabeller";
import { createRelationLabeller } from "./openai";

/** The pairs of one call as the model reads them: "id: p1 / A: … / B: …" blocks. */
const askedPairs = (user: string) =>
  [...user.matchAll(/id: (\S+)\nA: (.*)\nB: (.*)/g)].map(([, id, a, b]) => ({ id: id!, a: a!, b: b! }));

/** A model that reads its pairs: "against" in B contradicts, "because" in B extends, else supports. */
const reader = (user: string, extra: object[] = []) => ({
  arguments: JSON.stringify({
    pairs: [
      ...askedPairs(user).map(({ id, b }) => ({
        id,
        relation: b.includes("against") ? "contradicts" : b.includes("because") ? "extends" : "supports",
        confidence: 0.9,
        reason: `read ${id}`,
      })),
      ...extra,
    ],
  }),
});

const id = (n: number) => `i${String(n).padStart(3, "0")}` as InsightId;
const pair = (from: number, to: number, fromText: string, toText: string): PairToLabel => ({ from: id(from), to: id(to), fromText, toText });

describe("the relation labeller through the real ChatOpenAI client", () => {
  it("is off unless the LLM extractor is configured", async () => {
    expect(await createRelationLabeller(stubLabellerEnv("http://127.0.0.1:1/v1", { EXTRACTOR: "heuristic" }), () => undefined)).toBeUndefined();
  });

  it("sends both claims of many pairs per call, asks each pair once, and labels it both ways", async () => {
    const lines: string[] = [];
    const { stub, labeller } = await startStubLabeller((request) => reader(request.user), {
      attempts: 3,
      log: (line) => lines.push(line),
      env: { OPENAI_PRICE_PER_MILLION_TOKENS: 0.5 },
    });
    const pairs = Array.from({ length: PAIRS_PER_CALL + 5 }, (_, i) => pair(0, i + 1, "Ports need deeper channels.", `Point ${i} for ports.`));
    const labels = (await labeller.label([...pairs, pair(1, 0, "Point 0 for ports.", "Ports need deeper channels.")]))!;

    expect(stub.requests).toHaveLength(2);
    expect(stub.requests[0]).toMatchObject({ model: "stub-model", toolName: "record_relations" });
    expect(askedPairs(stub.requests[0]!.user)).toHaveLength(PAIRS_PER_CALL);
    // The shorter claim is A, so "B extends A" reads the way a claim builds on another.
    expect(stub.requests[0]!.user).toContain("A: Point 0 for ports.\nB: Ports need deeper channels.");
    expect(labels.get(pairKey(id(0), id(1)))).toEqual({ relation: "supports", confidence: 0.9, reason: "read p1" });
    expect(labels.get(pairKey(id(1), id(0)))).toEqual({ relation: "supports", confidence: 0.9, reason: "read p1" });
    // The stub reports 20 tokens a call; the price is 0.5 per million.
    expect(lines).toEqual([expect.stringMatching(/stub-model labelled 26 related pairs in 2 calls, 40 tokens, about 0\.0000 at 0\.5 per million/)]);
  });

  it("reads extends one way: on the base claim's list the longer claim extends it, on the other list the base supports it", async () => {
    const { labeller } = await startStubLabeller((request) => reader(request.user), { attempts: 3 });
    const base = "Vegetarian diets cut emissions.";
    const further = "Vegetarian diets cut emissions because cattle release methane.";
    const labels = (await labeller.label([pair(2, 1, further, base)]))!;
    expect(labels.get(pairKey(id(1), id(2)))).toMatchObject({ relation: "extends" });
    expect(labels.get(pairKey(id(2), id(1)))).toMatchObject({ relation: "supports", reason: "it builds on this: read p1" });
  });

  it("ignores ids the model invents and malformed items, and leaves unsure or 'none' answers unlabelled", async () => {
    const answer = JSON.stringify({
      pairs: [
        { id: "p9", relation: "contradicts", confidence: 0.99, reason: "made up" },
        { id: "p1", relation: "contradicts", confidence: CONFIDENCE_FLOOR - 0.1, reason: "unsure" },
        { id: "p2", relation: "none", confidence: 0.9, reason: "unrelated points" },
        { id: "p3", relation: "refutes", confidence: 0.9, reason: "not a relation" },
        { id: "p4", relation: "supports", confidence: 0.8, reason: "same side" },
        { id: "p4", relation: "contradicts", confidence: 0.95, reason: "a second answer" },
      ],
    });
    const { labeller } = await startStubLabeller(() => ({ arguments: answer }), { attempts: 3 });
    const pairs = [1, 2, 3, 4].map((n) => pair(0, n, "Ports need deeper channels.", `Claim ${n} about ports.`));
    const labels = (await labeller.label(pairs))!;
    expect(labels.get(pairKey(id(0), id(1)))).toBeNull();
    expect(labels.get(pairKey(id(0), id(2)))).toBeNull();
    expect(labels.has(pairKey(id(0), id(3)))).toBe(false); // left to the offline classifier
    expect(labels.get(pairKey(id(0), id(4)))).toEqual({ relation: "supports", confidence: 0.8, reason: "same side" });
    expect(labels.size).toBe(6);
  });

  it("retries a failing call, and answers null once the retries run out, logging that once until the model answers again", async () => {
    let down = true;
    const lines: string[] = [];
    const { stub, labeller } = await startStubLabeller((request, index) => (index === 0 || down ? { status: 503 } : reader(request.user)), {
      attempts: 3,
      log: (line) => lines.push(line),
    });
    const pairs = [pair(0, 1, "Ports need deeper channels.", "Ports need dredging.")];

    expect(await labeller.label(pairs)).toBeNull();
    expect(await labeller.label(pairs)).toBeNull();
    expect(stub.requests).toHaveLength(6); // three attempts a batch
    expect(lines).toEqual([expect.stringMatching(/stub-model|answered badly|could not reach/)]);
    expect(lines[0]).toContain("labelling offline");

    down = false;
    expect((await labeller.label(pairs))?.get(pairKey(id(0), id(1)))).toMatchObject({ relation: "supports" });
    expect(lines[1]).toContain("answers again");
  });

  it("keeps at most OPENAI_CONCURRENCY calls in flight", async () => {
    let inFlight = 0;
    let most = 0;
    // A model that takes a while to answer, counting the calls it is answering at once.
    const slow = {
      withStructuredOutput: () => ({
        invoke: async (messages: { content: string }[]) => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await sleep(20);
          inFlight -= 1;
          return { raw: { tool_calls: [{ args: JSON.parse(reader(messages[1]!.content).arguments) as unknown }] } };
        },
      }),
    } as unknown as BaseChatModel;
    const labeller = createModelLabeller(slow, { modelName: "slow", endpoint: "test", concurrency: 2, retry: { attempts: 3, firstDelayMs: 5 }, log: () => undefined });
    const pairs = Array.from({ length: PAIRS_PER_CALL * 6 }, (_, i) => pair(0, i + 1, "Ports need deeper channels.", `Point ${i} for ports.`));
    expect((await labeller.label(pairs))?.size).toBe(pairs.length * 2);
    expect(most).toBe(2);
  });
});
