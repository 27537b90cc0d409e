import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const post = async (insights: { text: string; topics: string[] }[]) =>
  (await request(app).post("/api/insights").send({ insights }).expect(201)).body.insights as { id: string }[];

const termDf = (lemma: string) =>
  db.read("test", async (tx) => {
    const result = await tx.run("MATCH (t:Term {lemma: $lemma}) RETURN t.df AS df", { lemma });
    return result.records[0]?.get("df") as number | undefined;
  });

describe("related insights by wording", () => {
  const tag = uniqueTag();
  const place = `${tag}land`;

  it("links two claims worded alike even when they share no topic, and says why", async () => {
    const [anchor, reworded, other] = await post([
      { text: `Export controls on advanced chips slow ${place} datacentre building.`, topics: [`${tag} trade`] },
      { text: `${place} datacentres stall because export controls block advanced chips.`, topics: [`${tag} hardware`] },
      { text: `Sourdough in ${tag}ville needs a patient starter and warm kitchens.`, topics: [`${tag} baking`] },
    ]);
    const res = await request(app).get(`/api/insights/${anchor!.id}/related?explain=1`).expect(200);
    // Not necessarily first: other test files' claims about export controls, in the shared graph,
    // earn back-links onto the anchor's list while this file runs.
    const related = res.body.related as { id: string; sharedTopics: string[]; reason: string; parts: { topics: number; text: number; samePassage: boolean } }[];
    expect(related.map((r) => r.id)).not.toContain(other!.id);
    const pair = related.find((r) => r.id === reworded!.id);
    expect(pair?.sharedTopics).toEqual([]);
    expect(pair?.reason).toMatch(/^similar wording \(/);
    expect(pair?.parts).toMatchObject({ topics: 0, samePassage: false });
    expect(pair?.parts.text).toBeGreaterThan(0.2);
  });

  it("serves the score parts only when asked", async () => {
    const [anchor] = await post([
      { text: `${tag} open models let ministries keep citizen data at home.`, topics: [`${tag} sovereignty`] },
      { text: `${tag} ministries running open models keep records inside the country.`, topics: [`${tag} sovereignty`] },
    ]);
    const plain = await request(app).get(`/api/insights/${anchor!.id}/related`).expect(200);
    expect(plain.body.related.length).toBeGreaterThan(0);
    expect(plain.body.related[0]).not.toHaveProperty("parts");
  });

  it("counts an insight's words once in the document frequencies, however often it is ingested", async () => {
    const word = `${tag}zyx`;
    const insight = { text: `The ${word} accelerator ships to universities next year.`, topics: [`${tag} compute`] };
    await post([insight]);
    expect(await termDf(word)).toBe(1);
    await post([insight]);
    await post([{ text: `Universities queue for the ${word} accelerator.`, topics: [`${tag} compute`] }]);
    expect(await termDf(word)).toBe(2);
  });
});

describe("related insights by topic rarity", () => {
  it("prefers a shared rare topic to a shared common one when the wording is equally far", async () => {
    const tag = uniqueTag();
    const [anchor, rare, ...common] = await post([
      { text: `${tag} alpha claim about ports.`, topics: [`${tag} common`, `${tag} rare`] },
      { text: `${tag} beta statement on tariffs.`, topics: [`${tag} rare`, `${tag} other`] },
      ...Array.from({ length: 6 }, (_, i) => ({ text: `${tag} gamma${i} remark on shipping.`, topics: [`${tag} common`, `${tag} other`] })),
    ]);
    const res = await request(app).get(`/api/insights/${anchor!.id}/related?limit=3`).expect(200);
    expect(res.body.related[0].id).toBe(rare!.id);
    expect(res.body.related[0].reason).toMatch(/^shares .*rare/);
    expect(common.map((c) => c.id)).toContain(res.body.related[1].id);
  });
});
