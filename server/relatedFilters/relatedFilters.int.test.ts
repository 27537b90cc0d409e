import { randomBytes } from "node:crypto";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const newId = () => randomBytes(16).toString("hex");

/** An insight and four related ones: same source, same show, same speaker, and a weak link from elsewhere. */
async function buildNeighbourhood() {
  const tag = uniqueTag();
  const ids = { anchor: newId(), sameSource: newId(), sameShow: newId(), sameSpeaker: newId(), weak: newId() };
  const [s1, s2, s3, s4] = [newId(), newId(), newId(), newId()];
  const rows = [
    { id: ids.anchor, source: s1, speaker: "Ann", score: null },
    { id: ids.sameSource, source: s1, speaker: "Bob", score: 0.9 },
    { id: ids.sameShow, source: s2, speaker: "Bob", score: 0.8 },
    { id: ids.sameSpeaker, source: s3, speaker: "Ann", score: 0.7 },
    { id: ids.weak, source: s4, speaker: null, score: 0.2 },
  ];
  await db.write("test", async (tx) => {
    await tx.run(
      `UNWIND $sources AS s CREATE (:Source {id: s.id, title: s.id, show: s.show})`,
      { sources: [{ id: s1, show: `${tag} show` }, { id: s2, show: `${tag} show` }, { id: s3, show: `${tag} other` }, { id: s4, show: null }] },
    );
    await tx.run(
      `UNWIND $rows AS row
       MATCH (s:Source {id: row.source})
       CREATE (i:Insight {id: row.id, text: 'Insight ' + row.id})-[:FROM {position: 0, speaker: row.speaker}]->(s)`,
      { rows },
    );
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Insight {id: $anchor}), (b:Insight {id: row.id})
       CREATE (a)-[:RELATED_TO {score: row.score, sharedTopics: [], reason: 'similar wording'}]->(b)`,
      { anchor: ids.anchor, rows: rows.filter((row) => row.score !== null) },
    );
  });
  return ids;
}

const related = (id: string, query: Record<string, string | number>) => request(app).get(`/api/insights/${id}/related`).query(query);

describe("GET /api/insights/:id/related with reader filters", () => {
  it("answers as before without filters", async () => {
    const ids = await buildNeighbourhood();
    const res = await related(ids.anchor, {}).expect(200);
    expect(res.body.related).toHaveLength(4);
    expect(res.body.filtered).toBeUndefined();
  });

  it("applies each filter and says what each one hid", async () => {
    const ids = await buildNeighbourhood();
    const res = await related(ids.anchor, { otherShows: 1, otherSpeakers: "true", minScore: 0.5 }).expect(200);
    expect(res.body.related).toEqual([]);
    expect(res.body.filtered.hidden).toEqual({ minScore: 1, otherShows: 2, otherSpeakers: 1, excludeSource: 0 });
    expect(res.body.filtered.message).toMatch(/^The filters hide all 4 related insights/);

    const notSameSource = await related(ids.anchor, { excludeSource: 1 }).expect(200);
    expect(notSameSource.body.related.map((item: { id: string }) => item.id)).toEqual([ids.sameShow, ids.sameSpeaker, ids.weak]);
    expect(notSameSource.body.filtered.message).toBeNull();
  });

  it("reads past the limit when a filter is on, so a short list still fills", async () => {
    const ids = await buildNeighbourhood();
    const res = await related(ids.anchor, { excludeSource: 1, limit: 1 }).expect(200);
    expect(res.body.related.map((item: { id: string }) => item.id)).toEqual([ids.sameShow]);
  });

  it("rejects a filter value it does not understand", async () => {
    const ids = await buildNeighbourhood();
    await related(ids.anchor, { minScore: 2 }).expect(400);
    await related(ids.anchor, { otherShows: "maybe" }).expect(400);
    await related(newId(), { otherShows: 1 }).expect(404);
  });
});
