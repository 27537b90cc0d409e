import type { InsightId } from "@shared/ids";
import request from "supertest";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { EnrichmentContext } from "../enrichment/stage";
import { relationsStage } from "../enrichment/steps/relations";
import { CHILD_PERFORMING, makeDebate } from "../testing/debate";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";
import { type StubModelServer, type StubReply, startStubModelServer } from "../testing/stubModelServer";
import { labelRelations } from "./labelRelations";
import { createRelationLabeller } from "./llm/openai";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());
let stub: StubModelServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

interface Served {
  readonly id: string;
  readonly relation?: string;
  readonly relationConfidence?: number;
  readonly relationReason?: string;
}
const relatedOf = async (id: string) => (await request(app).get(`/api/insights/${id}/related?limit=20`).expect(200)).body.related as Served[];

/** A model that calls every pair with the ally "same", adds an id of its own, and sees nothing in the rest. */
const model = (user: string): StubReply => {
  const asked = [...user.matchAll(/id: (\S+)\nA: (.*)\nB: (.*)/g)].map(([, id, a, b]) => ({ id: id!, withAlly: `${a} ${b}`.includes("builds a child's") }));
  const pairs = asked.map(({ id, withAlly }) =>
    withAlly ? { id, relation: "same", confidence: 0.85, reason: "both say performing builds confidence" } : { id, relation: "none", confidence: 0.9, reason: "no stance" },
  );
  return { arguments: JSON.stringify({ pairs: [...pairs, { id: "p99", relation: "contradicts", confidence: 1, reason: "invented" }] }) };
};

/** The relations step as the queue runs it: prepare outside the transaction, apply inside. */
async function runRelationsStep(ids: readonly InsightId[], context: EnrichmentContext) {
  const prepared = await relationsStage.prepare!(context, ids);
  await db.write("test", (tx) => relationsStage.apply(tx, ids, prepared, context));
}

describe("typed relations by the LLM when one is configured", () => {
  it("stores the model's labels on the RELATED_TO edges with confidence and reason, ignoring ids it invents", async () => {
    stub = await startStubModelServer((request) => model(request.user));
    const ids = await makeDebate(db, uniqueTag(), CHILD_PERFORMING);
    const relationLabeller = await createRelationLabeller(
      { EXTRACTOR: "llm", OPENAI_BASE_URL: stub.baseUrl, OPENAI_MODEL: "stub-model", OPENAI_API_KEY: undefined, OPENAI_CONCURRENCY: 2, OPENAI_PRICE_PER_MILLION_TOKENS: undefined },
      () => undefined,
      { retry: { attempts: 2, firstDelayMs: 5 } },
    );
    await runRelationsStep(Object.values(ids), { db, relatedK: 10, ...(relationLabeller && { relationLabeller }) });

    // 7 claims, every pair related: 21 pairs, asked once each in 2 calls.
    expect(stub.requests).toHaveLength(2);
    const related = new Map((await relatedOf(ids.anchor!)).map((r) => [r.id, r]));
    expect(related.get(ids.ally!)).toEqual(expect.objectContaining({ relation: "same", relationConfidence: 0.85, relationReason: "both say performing builds confidence" }));
    // The model saw no relation with the rival: it stays plainly related, though offline would call it a contradiction.
    expect(related.get(ids.rival!)).toBeDefined();
    expect(related.get(ids.rival!)).not.toHaveProperty("relation");
    expect([...related.values()].filter((r) => r.relation === "contradicts")).toEqual([]);
    expect(related.size).toBe(CHILD_PERFORMING.length - 1);
  });

  it("labels offline when the model fails after its retries, and never holds the step up", async () => {
    stub = await startStubModelServer(() => ({ status: 500 }));
    const ids = await makeDebate(db, uniqueTag(), CHILD_PERFORMING);
    const lines: string[] = [];
    const relationLabeller = await createRelationLabeller(
      { EXTRACTOR: "llm", OPENAI_BASE_URL: stub.baseUrl, OPENAI_MODEL: "stub-model", OPENAI_API_KEY: undefined, OPENAI_CONCURRENCY: 2, OPENAI_PRICE_PER_MILLION_TOKENS: undefined },
      (line) => lines.push(line),
      { retry: { attempts: 2, firstDelayMs: 5 } },
    );
    await runRelationsStep(Object.values(ids), { db, relatedK: 10, ...(relationLabeller && { relationLabeller }) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("labelling offline");
    const byModel = await relatedOf(ids.anchor!);

    // The same labels as the offline classifier gives the same debate.
    const twin = await makeDebate(db, uniqueTag(), CHILD_PERFORMING);
    await db.write("test", (tx) => labelRelations(tx, Object.values(twin)));
    const offline = new Map((await relatedOf(twin.anchor!)).map((r) => [r.id, r.relation]));
    const keyOf = (set: Record<string, InsightId>) => new Map(Object.entries(set).map(([key, id]) => [id as string, key]));
    const [fromModel, fromTwin] = [keyOf(ids), keyOf(twin)];
    expect(byModel.find((r) => r.id === ids.rival)).toMatchObject({ relation: "contradicts" });
    expect(new Map(byModel.map((r) => [fromModel.get(r.id), r.relation]))).toEqual(new Map([...offline].map(([id, relation]) => [fromTwin.get(id), relation])));
  });
});
