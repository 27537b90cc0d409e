import { createHash } from "node:crypto";
import { ReadingListDocument } from "@shared/api/readingListDocument";
import type { InsightId } from "@shared/ids";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeMarkdown } from "../export/markdown";
import { labelRelations } from "../relations/labelRelations";
import { CHILD_PERFORMING, makeDebate } from "../testing/debate";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

/**
 * A theme of two topics over the hand-made child-performing debate: every claim is about both,
 * Maya Chen makes the claims for performing, Sam Lee the one against, and the offline labeller
 * labels the pairs as ingest would. The reading list carries the disagreement once, both sides
 * with who said them and when, and so do its Markdown export and a saved copy.
 */
const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const tag = uniqueTag();
const hex = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);
const topics = [`${tag}-child-performing`, `${tag}-stage-schools`];
const url = `https://example.org/${tag}/kids-on-stage`;
let ids: Record<string, InsightId> = {};

beforeAll(async () => {
  ids = await makeDebate(db, tag, CHILD_PERFORMING);
  const said = [
    { id: ids.anchor, speaker: "maya", startSec: 61, endSec: 70 },
    { id: ids.ally, speaker: "maya", startSec: 200, endSec: null },
    { id: ids.rival, speaker: "sam", startSec: 90, endSec: null },
  ];
  await db.write("test", async (tx) => {
    await tx.run(
      `CREATE (:Topic {slug: $topics[0], name: 'Child performing', insightCount: size($ids)}), (:Topic {slug: $topics[1], name: 'Stage schools', insightCount: size($ids)})
       CREATE (:Source {id: $source, title: 'Kids on stage', kind: 'podcast-episode', show: 'Stagecraft', url: $url, publishedAt: '2026-10-01'})
       CREATE (:Speaker {id: $maya, name: 'Maya Chen', named: true, scope: 'Stagecraft'}), (:Speaker {id: $sam, name: 'Sam Lee', named: true, scope: 'Stagecraft'})
       WITH 1 AS one
       UNWIND range(0, size($ids) - 1) AS n
       MATCH (i:Insight {id: $ids[n]}), (s:Source {id: $source}), (t:Topic {slug: $topics[0]}), (u:Topic {slug: $topics[1]})
       SET i.quote = i.text
       CREATE (i)-[:FROM {position: n}]->(s), (i)-[:ABOUT {weight: 1.0}]->(t), (i)-[:ABOUT {weight: 0.5}]->(u)`,
      { topics, ids: Object.values(ids), source: hex(`${tag}source`), url, maya: hex(`${tag}maya`), sam: hex(`${tag}sam`) },
    );
    await tx.run(
      `UNWIND $said AS row
       MATCH (i:Insight {id: row.id}), (sp:Speaker {id: row.speaker})
       SET i.startSec = row.startSec, i.endSec = row.endSec
       CREATE (i)-[:SAID_BY {sourceId: $source, startSec: row.startSec}]->(sp)`,
      { said: said.map((row) => ({ ...row, speaker: hex(`${tag}${row.speaker}`) })), source: hex(`${tag}source`) },
    );
    // Labelling lists each topic's crux candidates, as it does after an ingest.
    await labelRelations(tx, Object.values(ids));
  });
});

const buildList = (format: string) => request(app).get(`/api/reading-list?topics=${topics.join(",")}&format=${format}`).expect(200);

describe("a reading list's Cruxes", () => {
  it("carries the theme's disagreement once, though both its topics list it, each side with its speaker, quote and moment", async () => {
    const document = ReadingListDocument.parse((await buildList("json")).body);
    expect(document.cruxes).toHaveLength(1);
    const [crux] = document.cruxes;
    const [mayaSide, samSide] = crux!.sides;
    expect(samSide.id).toBe(ids.rival);
    expect([ids.anchor, ids.ally]).toContain(mayaSide.id);
    expect(mayaSide.said.map((s) => s.speaker.name)).toEqual(["Maya Chen"]);
    expect(samSide).toMatchObject({
      quote: `${CHILD_PERFORMING[2]!.text} (${tag})`,
      said: [{ speaker: { name: "Sam Lee", named: true }, source: { title: "Kids on stage", url, show: "Stagecraft" }, startSec: 90, endSec: null }],
    });
    if (mayaSide.id === ids.anchor) expect(mayaSide.said[0]).toMatchObject({ startSec: 61, endSec: 70 });
    expect(crux!.changedMind).toEqual([]);
    // The same crux the topic's own page shows.
    const topicCruxes = (await request(app).get(`/api/topics/${topics[0]}/cruxes`).expect(200)).body.cruxes;
    expect(topicCruxes).toEqual(document.cruxes);
  });

  it("shows it in the Markdown export, both sides with who said them and a link to the moment", async () => {
    const markdown = (await buildList("md")).text;
    const section = markdown.slice(markdown.indexOf("## Cruxes"), markdown.indexOf("## 1."));
    expect(section).toContain(`*against* **${escapeMarkdown(`${CHILD_PERFORMING[2]!.text} (${tag})`)}**`);
    expect(section).toContain("Said by: Maya Chen · [Kids on stage]");
    expect(section).toContain(`Said by: Sam Lee · [Kids on stage](<${url}>) · Stagecraft · [at 1:30](<${url}#t=90>) · 2026-10-01`);
  });

  it("narrowed by a search, keeps only cruxes whose two claims both pass it", async () => {
    const narrowed = async (q: string) => ReadingListDocument.parse((await request(app).get(`/api/reading-list?topics=${topics.join(",")}&q=${q}`).expect(200)).body).cruxes;
    // "children" is in the anchor and the rival: their crux stays; "confident" only in the anchor.
    expect((await narrowed("children")).map((crux) => crux.sides.map((side) => side.id).sort())).toEqual([[ids.anchor, ids.rival].sort()]);
    expect(await narrowed("confident")).toEqual([]);
  });

  it("keeps it in a saved copy, read again with the list", async () => {
    const built = ReadingListDocument.parse((await buildList("json")).body);
    const created = await request(app).post("/api/reading-lists").send({ name: `Cruxes ${tag}`, theme: { topics } }).expect(201);
    const saved = ReadingListDocument.parse(created.body);
    expect(saved.cruxes).toEqual(built.cruxes);
    const fetched = ReadingListDocument.parse((await request(app).get(`/api/reading-lists/${saved.saved!.id}`).expect(200)).body);
    expect(fetched.cruxes).toEqual(built.cruxes);
  });
});
