import { createHash } from "node:crypto";
import type { InsightId } from "@shared/ids";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { refreshCruxesAround } from "../speakers/refreshCruxes";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const hex = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

/** A topic, three claims about it by named speakers, and labelled related pairs between them, as ingest and labelling would leave them. */
async function makeDebate(tag: string) {
  const ids = { maya: hex(`${tag}maya`), sam: hex(`${tag}sam`), mayaLater: hex(`${tag}mayaLater`) };
  const speakers = { maya: hex(`${tag}spMaya`), sam: hex(`${tag}spSam`) };
  const source = hex(`${tag}source`);
  await db.write("test", async (tx) => {
    await tx.run(
      `CREATE (t:Topic {slug: $slug, name: $slug, insightCount: 3})
       CREATE (s:Source {id: $source, title: 'Episode', kind: 'podcast-episode', show: 'Show', publishedAt: '2026-10-01'})
       CREATE (m:Speaker {id: $spMaya, name: 'Maya Chen', named: true, scope: $slug})
       CREATE (n:Speaker {id: $spSam, name: 'Sam Lee', named: true, scope: $slug})
       CREATE (a:Insight {id: $maya, text: 'Open models help small nations', quote: 'they help'})-[:ABOUT {weight: 1}]->(t)
       CREATE (b:Insight {id: $sam, text: 'Open models harm small nations', quote: null})-[:ABOUT {weight: 1}]->(t)
       CREATE (c:Insight {id: $mayaLater, text: 'Open models hurt small nations after all', quote: null})-[:ABOUT {weight: 1}]->(t)
       CREATE (a)-[:SAID_BY {sourceId: $source, startSec: 61}]->(m), (b)-[:SAID_BY {sourceId: $source, startSec: 90}]->(n),
              (c)-[:SAID_BY {sourceId: $source, startSec: 300}]->(m)
       CREATE (a)-[:RELATED_TO {score: 0.8, relation: 'contradicts', relationConfidence: 0.66, relationReason: 'judges it the other way'}]->(b)
       CREATE (a)-[:RELATED_TO {score: 0.7, relation: 'contradicts', relationConfidence: 0.61, relationReason: 'judges it the other way'}]->(c)
       CREATE (b)-[:RELATED_TO {score: 0.9, relation: 'supports', relationConfidence: 0.9}]->(c)`,
      { slug: `${tag}-sovereignty`, source, spMaya: speakers.maya, spSam: speakers.sam, ...ids },
    );
    await refreshCruxesAround(tx, Object.values(ids) as InsightId[]);
  });
  return { ids, slug: `${tag}-sovereignty` };
}

describe("GET /api/topics/:slug/cruxes", () => {
  it("gives the disagreements between named speakers, each side with its quote and moment, one crux per claim", async () => {
    const { ids, slug } = await makeDebate(uniqueTag());
    const res = await request(app).get(`/api/topics/${slug}/cruxes`).expect(200);
    expect(res.body.cruxes).toHaveLength(1);
    const [crux] = res.body.cruxes;
    expect(crux.sides.map((s: { id: string }) => s.id)).toEqual([ids.maya, ids.sam]);
    expect(crux.sides[0]).toMatchObject({ quote: "they help", said: [{ speaker: { name: "Maya Chen" }, startSec: 61, source: { title: "Episode" } }] });
    expect(crux.changedMind).toEqual([]);
  });

  it("is read again once a pair is relabelled, though the answer before was kept", async () => {
    const { ids, slug } = await makeDebate(uniqueTag());
    const before = await request(app).get(`/api/topics/${slug}/cruxes`).expect(200);
    expect(before.body.cruxes).toHaveLength(1);
    await db.write("test", async (tx) => {
      await tx.run(
        "MATCH (:Insight {id: $maya})-[r:RELATED_TO]->(other:Insight) WHERE other.id IN [$sam, $mayaLater] SET r.relation = 'supports'",
        ids,
      );
      await refreshCruxesAround(tx, Object.values(ids) as InsightId[]);
    });
    const after = await request(app).get(`/api/topics/${slug}/cruxes`).expect(200);
    expect(after.body.cruxes).toEqual([]);
  });

  it("answers 404 for an unknown topic", async () => {
    await request(app).get(`/api/topics/${uniqueTag()}-none/cruxes`).expect(404);
  });
});
