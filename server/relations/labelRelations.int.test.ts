import { createHash } from "node:crypto";
import type { InsightId } from "@shared/ids";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";
import { labelRelations } from "./labelRelations";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

// NOTE: 16-wide vectors stay out of the shared vector index (the local model's 384), so these
// hand-made claims are never anyone else's candidates. A debate along axis 0; its two sides lean
// along axis 1; axis 2 tells points apart.
const vector = (side: number, point: number) => [1, side * 0.3, point * 0.3, ...new Array<number>(13).fill(0)];

interface Made {
  readonly key: string;
  readonly text: string;
  readonly side: number;
  readonly point: number;
}

/** Insights with embeddings, and RELATED_TO edges from the first to every other and between neighbours, written as a refresh would. */
async function makeDebate(tag: string, made: readonly Made[]): Promise<Record<string, InsightId>> {
  const rows = made.map((m) => ({ id: createHash("sha256").update(`${tag}-${m.key}`).digest("hex").slice(0, 32), text: `${m.text} (${tag})`, embedding: vector(m.side, m.point) }));
  const edges = rows.flatMap((a, i) => rows.slice(i + 1).map((b) => ({ from: a.id, to: b.id })));
  await db.write("test", async (tx) => {
    await tx.run("UNWIND $rows AS row CREATE (i:Insight {id: row.id, text: row.text, embedding: row.embedding})", { rows });
    await tx.run(
      `UNWIND $edges AS edge MATCH (a:Insight {id: edge.from}), (b:Insight {id: edge.to})
       CREATE (a)-[:RELATED_TO {score: 0.5, sharedTopics: [], reason: 'test'}]->(b)`,
      { edges },
    );
  });
  return Object.fromEntries(made.map((m, i) => [m.key, rows[i]!.id as InsightId]));
}

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
    const ids = await makeDebate(tag, [
      { key: "anchor", text: "Child performing helps children grow confident", side: 1, point: 0 },
      { key: "ally", text: "Performing on stage builds a child's confidence", side: 1, point: 2 },
      { key: "rival", text: "Performing harms children through pressure", side: -1, point: 0 },
      { key: "n1", text: "Stage schools train young actors", side: 2, point: 3 },
      { key: "n2", text: "Film sets keep long hours", side: -2, point: 3 },
      { key: "n3", text: "Agents sign children at five", side: 2, point: -3 },
      { key: "n4", text: "Parents manage child earnings", side: -2, point: -3 },
    ]);
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
