import { createHash } from "node:crypto";
import type { InsightId, SourceId, TopicSlug } from "@shared/ids";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { labelRelations } from "../relations/labelRelations";
import { deleteInsight } from "../sources/deleteSources";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";
import { mergeTopic, splitTopic, updateTopic } from "../topics/curate";
import { refreshCruxesAround, relistTopicCruxes } from "./refreshCruxes";
import { readThemeCruxes } from "./topicCruxes";
import { writeSaidBy } from "./writeSaidBy";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const hex = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);
type Side = { id: string; said: { speaker: { name: string } }[] };
type Served = { sides: [Side, Side]; changedMind: { name: string }[] };

const cruxesOf = async (slug: string) => (await request(app).get(`/api/topics/${slug}/cruxes`).expect(200)).body.cruxes as Served[];
const pairsOf = (cruxes: readonly Served[]) => cruxes.map((c) => c.sides.map((s) => s.id));

/** What the topic serves after whatever kept its list equals what it serves once listed from scratch. */
async function expectListUpToDate(slug: string): Promise<Served[]> {
  const served = await cruxesOf(slug);
  await db.write("test", (tx) => relistTopicCruxes(tx, [slug as TopicSlug]));
  expect(served).toEqual(await cruxesOf(slug));
  return served;
}

/**
 * Topic T: a (Maya) contradicts b (Sam, 0.66), c (Maya later, 0.61) and d (an unnamed voice, 0.9);
 * topic U: e (Sam), which c contradicts (0.95). Lists made as labelling leaves them.
 */
async function makeDebate(tag: string) {
  const ids = Object.fromEntries(["a", "b", "c", "d", "e"].map((k) => [k, hex(`${tag}${k}`)])) as Record<"a" | "b" | "c" | "d" | "e", InsightId>;
  const [t, u, source] = [`${tag}-t`, `${tag}-u`, hex(`${tag}source`)];
  await db.write("test", async (tx) => {
    await tx.run(
      `CREATE (t:Topic {slug: $t, name: $t, insightCount: 4}), (u:Topic {slug: $u, name: $u, insightCount: 1})
       CREATE (s:Source {id: $source, title: 'Episode', kind: 'podcast-episode', show: $show})
       CREATE (maya:Speaker {id: $t + 'maya', name: 'Maya Chen', named: true, scope: $show})
       CREATE (sam:Speaker {id: $t + 'sam', name: 'Sam Lee', named: true, scope: $show})
       CREATE (voice:Speaker {id: $t + 'voice', name: 'Speaker 1', named: false, scope: $source})
       CREATE (a:Insight {id: $ids.a, text: 'a'})-[:ABOUT {weight: 1}]->(t), (a)-[:SAID_BY {sourceId: $source, startSec: 1}]->(maya)
       CREATE (b:Insight {id: $ids.b, text: 'b'})-[:ABOUT {weight: 1}]->(t), (b)-[:SAID_BY {sourceId: $source, startSec: 2}]->(sam)
       CREATE (c:Insight {id: $ids.c, text: 'c'})-[:ABOUT {weight: 1}]->(t), (c)-[:SAID_BY {sourceId: $source, startSec: 3}]->(maya)
       CREATE (d:Insight {id: $ids.d, text: 'd'})-[:ABOUT {weight: 1}]->(t), (d)-[:SAID_BY {sourceId: $source, startSec: 4}]->(voice)
       CREATE (e:Insight {id: $ids.e, text: 'e'})-[:ABOUT {weight: 1}]->(u), (e)-[:SAID_BY {sourceId: $source, startSec: 5}]->(sam)
       CREATE (a)-[:RELATED_TO {score: 0.8, relation: 'contradicts', relationConfidence: 0.66}]->(b)
       CREATE (a)-[:RELATED_TO {score: 0.7, relation: 'contradicts', relationConfidence: 0.61}]->(c)
       CREATE (a)-[:RELATED_TO {score: 0.7, relation: 'contradicts', relationConfidence: 0.9}]->(d)
       CREATE (c)-[:RELATED_TO {score: 0.7, relation: 'contradicts', relationConfidence: 0.95}]->(e)`,
      { t, u, source, show: `${tag} show`, ids },
    );
    await refreshCruxesAround(tx, Object.values(ids));
  });
  return { ids, t: t as TopicSlug, u: u as TopicSlug, source: source as SourceId, show: `${tag} show` };
}

describe("crux lists follow the graph", () => {
  it("list only pairs of named speakers on the topic, and follow a merge, a rename and a split", async () => {
    const tag = uniqueTag();
    const { ids, t, u } = await makeDebate(tag);
    expect(pairsOf(await expectListUpToDate(t))).toEqual([[ids.a, ids.b]]);
    expect(await cruxesOf(u)).toEqual([]);

    await mergeTopic(db, u, t);
    expect(pairsOf(await expectListUpToDate(t))).toEqual([[ids.c, ids.e], [ids.a, ids.b]]);

    await updateTopic(db, t, { name: `${tag} renamed` });
    expect(pairsOf(await expectListUpToDate(t))).toEqual([[ids.c, ids.e], [ids.a, ids.b]]);

    const split = await splitTopic(db, t, `${tag} skeptics`, [ids.b, ids.e]);
    const cruxes = await expectListUpToDate(t);
    expect(pairsOf(cruxes)).toEqual([[ids.a, ids.c]]);
    expect(cruxes[0]!.changedMind.map((s) => s.name)).toEqual(["Maya Chen"]);
    expect(await expectListUpToDate(split.topic.slug)).toEqual([]);
  });

  it("takes in a claim once a named speaker is heard saying it", async () => {
    const tag = uniqueTag();
    const { ids, t, source, show } = await makeDebate(tag);
    await db.write("test", (tx) =>
      writeSaidBy(tx, {
        sources: [{ id: source, kind: "podcast-episode", title: "Episode", show, url: null, publishedAt: null }],
        insights: [],
        from: [{ insightId: ids.d, sourceId: source, position: 0, speaker: "Dana Ruiz", startSec: 4 }],
        topics: [],
        about: [],
      }),
    );
    const cruxes = await expectListUpToDate(t);
    expect(pairsOf(cruxes)).toEqual([[ids.a, ids.d]]);
    expect(cruxes[0]!.sides[1].said.map((s) => s.speaker.name)).toContain("Dana Ruiz");
  });

  it("reads past the first few candidates when they hold fewer than three cruxes", async () => {
    const tag = uniqueTag();
    const slug = `${tag}-t` as TopicSlug;
    const rivals = Array.from({ length: 12 }, (_, n) => hex(`${tag}rival${n}`));
    const [late, lateRival] = [hex(`${tag}late`), hex(`${tag}lateRival`)];
    await db.write("test", async (tx) => {
      await tx.run(
        `CREATE (t:Topic {slug: $slug, name: $slug}), (s:Source {id: $slug, title: 'Episode', kind: 'podcast-episode'})
         CREATE (maya:Speaker {id: $slug + 'maya', name: 'Maya Chen', named: true, scope: $slug})
         CREATE (sam:Speaker {id: $slug + 'sam', name: 'Sam Lee', named: true, scope: $slug})
         CREATE (a:Insight {id: $slug + 'a', text: 'a'})-[:ABOUT]->(t), (a)-[:SAID_BY {sourceId: $slug}]->(maya)
         CREATE (late:Insight {id: $late, text: 'late'})-[:ABOUT]->(t), (late)-[:SAID_BY {sourceId: $slug}]->(maya)
         CREATE (lateRival:Insight {id: $lateRival, text: 'late rival'})-[:ABOUT]->(t), (lateRival)-[:SAID_BY {sourceId: $slug}]->(sam)
         CREATE (late)-[:RELATED_TO {score: 0.1, relation: 'contradicts', relationConfidence: 0.5}]->(lateRival)
         WITH t, a, sam UNWIND range(0, size($rivals) - 1) AS n
         CREATE (b:Insight {id: $rivals[n], text: 'b'})-[:ABOUT]->(t), (b)-[:SAID_BY {sourceId: $slug}]->(sam)
         CREATE (a)-[:RELATED_TO {score: 0.5, relation: 'contradicts', relationConfidence: 0.9 - n * 0.01}]->(b)`,
        { slug, rivals, late, lateRival },
      );
      await relistTopicCruxes(tx, [slug]);
    });
    // The one claim against twelve takes one crux; the weaker pair behind them is the second.
    expect(pairsOf(await cruxesOf(slug))).toEqual([[`${slug}a`, rivals[0]], [late, lateRival]]);
    // A reading list reads the same way over its theme's topics, an unknown one adding nothing.
    const themed = await db.read("test", (tx) => readThemeCruxes(tx, [slug, `${slug}-none` as TopicSlug]));
    expect(pairsOf(themed)).toEqual([[`${slug}a`, rivals[0]], [late, lateRival]]);
  });

  it("drops a deleted claim's pairs", async () => {
    const { ids, t } = await makeDebate(uniqueTag());
    await deleteInsight(db, ids.b, { relatedK: 10 });
    const served = await expectListUpToDate(t);
    expect(served.flatMap((c) => c.sides.map((s) => s.id))).not.toContain(ids.b);
  });
});

// NOTE: 16-wide vectors stay out of the shared vector index (the local model's 384). A debate along
// axis 0; its two sides lean along axis 1; axis 2 tells points apart (as in labelRelations.int.test.ts).
const vector = (side: number, point: number) => [1, side * 0.3, point * 0.3, ...new Array<number>(13).fill(0)];
const agreeing = { text: "Performing on stage builds a child's confidence", embedding: vector(1, 2) };
const opposing = { text: "Performing harms children through pressure", embedding: vector(-1, 0) };

describe("crux lists follow relabelling", () => {
  it("serves a crux once the relations step labels the pair contradicting, and no longer once it does not", async () => {
    const tag = uniqueTag();
    const slug = `${tag}-stage` as TopicSlug;
    const made = [
      { key: "anchor", speaker: "Maya Chen", text: "Child performing helps children grow confident", embedding: vector(1, 0) },
      { key: "rival", speaker: "Sam Lee", ...agreeing },
      { key: "n1", speaker: null, text: "Stage schools train young actors", embedding: vector(2, 3) },
      { key: "n2", speaker: null, text: "Film sets keep long hours", embedding: vector(-2, 3) },
      { key: "n3", speaker: null, text: "Agents sign children at five", embedding: vector(2, -3) },
      { key: "n4", speaker: null, text: "Parents manage child earnings", embedding: vector(-2, -3) },
    ].map((m) => ({ ...m, id: hex(`${tag}${m.key}`) }));
    const ids = made.map((m) => m.id as InsightId);
    const [anchor, rival] = ids as [InsightId, InsightId];
    await db.write("test", async (tx) => {
      await tx.run(
        `CREATE (t:Topic {slug: $slug, name: $slug})
         WITH t UNWIND $made AS m
         CREATE (i:Insight {id: m.id, text: m.text, embedding: m.embedding})-[:ABOUT {weight: 1}]->(t)
         FOREACH (name IN CASE WHEN m.speaker IS NULL THEN [] ELSE [m.speaker] END |
           MERGE (sp:Speaker {id: $slug + name}) ON CREATE SET sp.name = name, sp.named = true, sp.scope = $slug
           CREATE (i)-[:SAID_BY {sourceId: 'none', startSec: 0}]->(sp))`,
        { slug, made },
      );
      await tx.run(
        `UNWIND $ids AS from UNWIND $ids AS to
         WITH from, to WHERE from < to
         MATCH (a:Insight {id: from}), (b:Insight {id: to})
         CREATE (a)-[:RELATED_TO {score: 0.5, sharedTopics: [], reason: 'test'}]->(b)`,
        { ids },
      );
    });
    const relabel = (side: { text: string; embedding: number[] }) =>
      db.write("test", async (tx) => {
        await tx.run("MATCH (i:Insight {id: $rival}) SET i.text = $text, i.embedding = $embedding", { rival, ...side });
        await labelRelations(tx, ids);
      });
    const crux = (cruxes: Served[]) => cruxes.find((c) => c.sides.some((s) => s.id === anchor) && c.sides.some((s) => s.id === rival));

    await relabel(agreeing);
    expect(crux(await cruxesOf(slug))).toBeUndefined();
    await relabel(opposing);
    expect(crux(await expectListUpToDate(slug))).toBeDefined();
    await relabel(agreeing);
    expect(crux(await expectListUpToDate(slug))).toBeUndefined();
  });
});
