import { ReadingListDocument } from "@shared/api/readingListDocument";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInsight, connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const tag = uniqueTag();
const theme = `${tag}-theme`;
const models = `${tag}-model`;
const chips = `${tag}-chip`;
const today = new Date().toISOString().slice(0, 10);

const episode = (n: number, publishedAt: string) => ({
  title: `Episode ${n} of ${tag}`,
  url: `https://example.org/${tag}/episode-${n}`,
  show: `Show ${tag}`,
  publishedAt,
});

/** Two sub-themes that never meet (models, chips), a restatement, and one claim outside the theme. */
const claims = [
  { text: `Nations ${tag} will adapt open models to their own data instead of training frontier models.`, topics: [theme, models], source: episode(1, "2026-09-03"), quote: `Most countries ${tag} will adapt open models.` },
  // The same claim, said shorter: ingest keeps both (too few words shared), the list folds them.
  { text: `Nations ${tag} adapt open models to their own data.`, topics: [theme, models], source: episode(2, "2026-09-10") },
  { text: `Fine-tuning ${tag} a small open model on local records costs a fraction of pretraining.`, topics: [theme, models], source: episode(2, "2026-09-10") },
  { text: `Export controls ${tag} on accelerators make chip supply a lever of foreign policy.`, topics: [theme, chips], source: episode(3, "2026-10-01") },
  { text: `Domestic fabs ${tag} take a decade to build, so chip sovereignty is bought slowly.`, topics: [theme, chips], source: episode(3, "2026-10-01") },
  { text: `Sourdough ${tag} starters need feeding twice a day in warm kitchens.`, topics: [`${tag}-baking`] },
];
let ids: string[] = [];

beforeAll(async () => {
  const res = await request(app)
    .post("/api/insights")
    .send({ insights: claims.map((claim) => buildInsight(tag, claim)) })
    .expect(201);
  const byText = new Map(res.body.insights.map((insight: { id: string; text: string }) => [insight.text, insight.id]));
  ids = claims.map((claim) => byText.get(claim.text) as string);
  expect(new Set(ids).size).toBe(claims.length);
});

const build = (query: string) => request(app).get(`/api/reading-list?topics=${theme}&${query}`);
const itemsOf = (document: ReadingListDocument) => document.sections.flatMap((section) => section.items);

describe("GET /api/reading-list", () => {
  it("builds the theme's list as a JSON file: restatement folded, sections by sub-theme", async () => {
    const res = await build("format=json").expect(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.headers["content-disposition"]).toContain(`attachment; filename="${theme}-${today}.json"`);
    const document = ReadingListDocument.parse(res.body);
    const items = itemsOf(document);
    expect(items).toHaveLength(4);
    // No transcript names a speaker here, so no one takes a side.
    expect(document.cruxes).toEqual([]);
    expect(items.map((item) => item.id)).not.toContain(ids[5]);
    const folded = items.find((item) => item.alsoSaidIn.length > 0);
    expect(folded?.alsoSaidIn.map((d) => d.source?.title)).toEqual([expect.stringMatching(/^Episode [12] of/)]);
    const sections = document.sections.map((section) => [section.topics.map((t) => t.slug), section.items.length]);
    expect(sections).toEqual(expect.arrayContaining([[[models], 2], [[chips], 2]]));
    expect(document.sections.every((section) => section.items[0]!.role === "central")).toBe(true);
  });

  it("filters by date range, text search and source", async () => {
    const october = ReadingListDocument.parse((await build("from=2026-10-01&to=2026-10-31").expect(200)).body);
    expect(itemsOf(october).map((item) => item.source?.title)).toEqual([`Episode 3 of ${tag}`, `Episode 3 of ${tag}`]);
    const searched = ReadingListDocument.parse((await build("q=accelerators").expect(200)).body);
    expect(itemsOf(searched).map((item) => item.id)).toEqual([ids[3]]);
    const sourceId = itemsOf(october)[0]!.source!.id;
    const bySource = ReadingListDocument.parse((await build(`sources=${sourceId}`).expect(200)).body);
    expect(itemsOf(bySource).every((item) => item.source?.id === sourceId)).toBe(true);
  });

  it("answers every format with its content type, a stable file name and content that parses", async () => {
    const md = await build("format=md").expect(200);
    expect(md.headers["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(md.text).toMatch(/^## Contents$/m);
    const csv = await build("format=csv").expect(200);
    expect(csv.headers["content-disposition"]).toContain(`filename="${theme}-${today}.csv"`);
    expect(parseCsv(csv.text, { columns: true })).toHaveLength(4);
    for (const format of ["opml", "graphml"]) {
      const xml = await build(`format=${format}`).expect(200);
      expect(XMLValidator.validate(xml.text)).toBe(true);
    }
    const graph = new XMLParser({ ignoreAttributes: false }).parse((await build("format=graphml")).text).graphml.graph;
    expect(graph.edge.length).toBeGreaterThan(8);
    const bib = await build("format=bib").expect(200);
    expect(bib.headers["content-type"]).toBe("application/x-bibtex; charset=utf-8");
    expect(bib.text.match(/^@misc\{/gm)).toHaveLength(3);
    const csl = await build("format=csl").expect(200);
    expect(JSON.parse(csl.text).map((item: { title: string }) => item.title).sort()).toEqual([1, 2, 3].map((n) => `Episode ${n} of ${tag}`));
    const html = await build("format=html").expect(200);
    expect(html.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("rejects what it cannot build", async () => {
    await request(app).get(`/api/reading-list?topics=${tag}-nothing`).expect(404);
    await build("format=docx").expect(400);
    await build("from=2026-10-02&to=2026-10-01").expect(400);
    await request(app).get("/api/reading-list").expect(400);
  });
});

describe("saved reading lists", () => {
  it("saves, renames, reorders, edits, regenerates, exports and deletes a list", async () => {
    const created = await request(app).post("/api/reading-lists").send({ name: `Chips and models ${tag}`, theme: { topics: [theme] } }).expect(201);
    const saved = ReadingListDocument.parse(created.body);
    const id = saved.saved!.id;
    const generated = itemsOf(saved).map((item) => item.id);
    expect(generated).toHaveLength(4);

    const fetched = ReadingListDocument.parse((await request(app).get(`/api/reading-lists/${id}`).expect(200)).body);
    expect(itemsOf(fetched).map((item) => [item.id, item.role])).toEqual(itemsOf(saved).map((item) => [item.id, item.role]));

    await request(app).put(`/api/reading-lists/${id}`).send({ name: `Renamed ${tag}` }).expect(200);
    const reordered = [...generated].reverse().slice(0, 3).map((insight) => ({ id: insight, section: "My order" }));
    const edited = ReadingListDocument.parse(
      (await request(app).put(`/api/reading-lists/${id}`).send({ items: [...reordered, { id: ids[5], section: "Aside" }] }).expect(200)).body,
    );
    expect(edited.title).toBe(`Renamed ${tag}`);
    expect(edited.sections.map((section) => section.title)).toEqual(["My order", "Aside"]);
    expect(itemsOf(edited).map((item) => item.id)).toEqual([...reordered.map((item) => item.id), ids[5]]);
    expect(itemsOf(edited).at(-1)?.role).toBe("added");

    await request(app).put(`/api/reading-lists/${id}`).send({ items: [{ id: "f".repeat(32), section: "x" }] }).expect(400);
    await request(app).put(`/api/reading-lists/${id}`).send({ items: [], regenerate: true }).expect(400);

    const regenerated = ReadingListDocument.parse((await request(app).put(`/api/reading-lists/${id}`).send({ regenerate: true }).expect(200)).body);
    expect(itemsOf(regenerated).map((item) => item.id).sort()).toEqual([...generated].sort());
    const narrowed = ReadingListDocument.parse(
      (await request(app).put(`/api/reading-lists/${id}`).send({ theme: { topics: [theme], q: "accelerators" } }).expect(200)).body,
    );
    expect(narrowed.theme.q).toBe("accelerators");
    expect(itemsOf(narrowed).map((item) => item.id)).toEqual([ids[3]]);

    const listed = await request(app).get("/api/reading-lists?limit=200").expect(200);
    expect(listed.body.readingLists.find((list: { id: string }) => list.id === id)).toMatchObject({ name: `Renamed ${tag}`, itemCount: 1, topics: [{ slug: theme }] });

    const exported = await request(app).get(`/api/reading-lists/${id}/export?format=md`).expect(200);
    expect(exported.headers["content-disposition"]).toContain(`filename="renamed-${tag}-${today}.md"`);
    expect(exported.text).toContain(`# Renamed ${tag}`);

    await request(app).delete(`/api/reading-lists/${id}`).expect(200, { deleted: id });
    await request(app).get(`/api/reading-lists/${id}`).expect(404);
    await request(app).get(`/api/reading-lists/${id}/export`).expect(404);
  });
});
