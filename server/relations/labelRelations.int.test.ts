import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { CHILD_PERFORMING, type DebateClaim, makeDebate as makeDebateIn } from "../testing/debate";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";
import { labelRelations } from "./labelRelations";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const makeDebate = (tag: string, made: readonly DebateClaim[]) => makeDebateIn(db, tag, made);

const relatedOf = async (id: string) =>
  (await request(app).get(`/api/insights/${id}/related?limit=20`).expect(200)).body.related as {
    id: string;
    relation?: string;
    relationConfidence?: number;
    relationReason?: string;
  }[];

describe("typed relations on related insights", () => {
  it("labels pairs that lean together as supporting and opposite judgements as contradicting, served on GET /related", async () => {
    const tag = uniqueTag();
    const ids = await makeDebate(tag, CHILD_PERFORMING);
    await db.write("test", (tx) => labelRelations(tx, Object.values(ids)));

    const related = await relatedOf(ids.anchor!);
    const byId = new Map(related.map((r) => [r.id, r]));
    expect(byId.get(ids.ally!)).toMatchObject({ relation: "supports" });
    expect(byId.get(ids.rival!)).toMatchObject({ relation: "contradicts" });
    expect(byId.get(ids.rival!)?.relationReason).toMatch(/helps.*harms/);
    expect(byId.get(ids.rival!)?.relationConfidence).toBeGreaterThan(0);
    // A relation adds to a pair: every related claim is still served, labelled or not.
    expect(related.map((r) => r.id).sort()).toEqual(Object.values(ids).filter((id) => id !== ids.anchor).sort());
    expect(related.some((r) => r.id === ids.anchor)).toBe(false);
  });

  it("serves an unlabelled pair without relation fields, and clears a label the evidence no longer bears", async () => {
    const tag = uniqueTag();
    const ids = await makeDebate(tag, [
      { key: "a", text: "Ports need deeper channels", side: 1, point: 0 },
      { key: "b", text: "Ports handle more freight", side: 1, point: 2 },
      { key: "n1", text: "Cranes lift containers", side: 2, point: 3 },
      { key: "n2", text: "Tugs guide ships", side: -2, point: 3 },
      { key: "n3", text: "Customs check cargo", side: 2, point: -3 },
      { key: "n4", text: "Pilots board ships", side: -2, point: -3 },
    ]);
    await db.write("test", (tx) => labelRelations(tx, Object.values(ids)));
    expect((await relatedOf(ids.a!)).find((r) => r.id === ids.b)).toMatchObject({ relation: "supports" });

    await db.write("test", (tx) => tx.run("MATCH (i:Insight {id: $id}) REMOVE i.embedding", { id: ids.b }));
    await db.write("test", (tx) => labelRelations(tx, [ids.a!]));
    const pair = (await relatedOf(ids.a!)).find((r) => r.id === ids.b);
    expect(pair).toBeDefined();
    expect(pair).not.toHaveProperty("relation");
    expect(pair).not.toHaveProperty("relationConfidence");
  });
});
