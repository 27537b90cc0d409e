import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHeuristicExtractor } from "../extract/heuristic";
import { fetchInput } from "../ingest/fetchInput";
import { insightIdOf } from "../ingest/ids";
import { ingestLoaded } from "../ingest/pipeline";
import { readInput } from "../ingest/readInputs";
import { DEFAULT_RELATED_K } from "../related/refresh";
import { type FeedServer, startFeedServer } from "../testing/feedServer";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const extractor = createHeuristicExtractor();
const app = createTestApp(db, { feedSettings: { allowPrivate: true } });
let server: FeedServer;
let base = "";
const page = (path: string, body: string, delayMs?: number) => server.serve(path, { body, type: "text/plain; charset=utf-8", ...(delayMs && { delayMs }) });

beforeAll(async () => {
  server = await startFeedServer();
  base = server.base;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const claims = (tag: string) => ({
  pooled: `Regional compute pools (${tag}) let small states train models together without ceding control to one vendor.`,
  audits: `Open weights (${tag}) let ministries audit what their chatbots tell citizens before the chatbots go live.`,
  shared: `Procurement rules (${tag}) decide more about national AI capacity than research grants ever do.`,
  fresh: `Public data trusts (${tag}) give hospitals a lawful way to share records for fine-tuning medical models.`,
});

/** The ids the extractor reads from a text: what a re-ingest of it should hold. */
async function idsOf(title: string, text: string): Promise<Set<string>> {
  return new Set((await extractor.extract({ title, text, kind: "article" })).map((claim) => insightIdOf(claim.text)));
}

const sourceIdsOf = (insightId: string) =>
  db.read("test", async (tx) => (await tx.run("MATCH (:Insight {id: $id})-[:FROM]->(s:Source) RETURN collect(s.id) AS ids", { id: insightId })).records[0]?.get("ids") as string[]);

/** Ingests a page the way `npm run ingest <url>` does: fetched through the safe fetch, then the pipeline. */
async function ingestUrl(url: string) {
  const fetch = (address: string) => fetchInput(address, { timeoutMs: 5_000, allowPrivate: true });
  const loaded = await readInput({ origin: url, load: () => fetch(url) }, { fetch });
  const report = await ingestLoaded({ db, extractor, options: { relatedK: DEFAULT_RELATED_K } }, [loaded]);
  const source = report.files[0]?.sources[0];
  if (!source) throw new Error(`nothing ingested from ${url}: ${JSON.stringify(report.files)}`);
  return source;
}

describe("POST /api/sources/:id/reingest", () => {
  it("reads an unchanged upload again from its stored copy: nothing new, everything already present", async () => {
    const tag = uniqueTag();
    const c = claims(tag);
    const text = `# Notes ${tag}\n\n${c.pooled}\n\n${c.audits}\n\n${c.shared}\n`;
    const uploaded = await request(app).post("/api/sources/upload").attach("files", Buffer.from(text), `notes-${tag}.md`).expect(201);
    const source = uploaded.body.files[0].sources[0] as { id: string; insights: number };
    expect(source.insights).toBeGreaterThanOrEqual(3);

    const listed = await request(app).get("/api/sources").query({ q: tag }).expect(200);
    expect(listed.body.sources[0]).toMatchObject({ id: source.id, reingest: "stored" });

    const again = await request(app).post(`/api/sources/${source.id}/reingest`).expect(200);
    expect(again.body).toEqual({
      source: { id: source.id, title: `Notes ${tag}` },
      readFrom: "stored",
      insights: source.insights,
      new: 0,
      alreadyPresent: source.insights,
      removed: 0,
      deleted: 0,
    });
  });

  it("fetches a URL source again: a new claim is added, a dropped one taken off, deleted only where no other source holds it", async () => {
    const tag = uniqueTag();
    const c = claims(tag);
    const path = `/${tag}/article.txt`;
    const before = `${c.pooled}\n\n${c.audits}\n\n${c.shared}\n`;
    const after = `${c.pooled}\n\n${c.fresh}\n`;
    page(path, before);
    const source = await ingestUrl(`${base}${path}`);
    // Another source says the procurement claim too: it keeps the claim when this one drops it.
    await request(app).post("/api/sources").send({ title: `Other ${tag}`, text: c.shared }).expect(201);

    page(path, after);
    const res = await request(app).post(`/api/sources/${source.id}/reingest`).expect(200);
    const [was, now] = [await idsOf(source.title, before), await idsOf(source.title, after)];
    const added = [...now].filter((id) => !was.has(id));
    const dropped = [...was].filter((id) => !now.has(id));
    expect(added).toContain(insightIdOf(c.fresh));
    expect(dropped).toEqual(expect.arrayContaining([insightIdOf(c.audits), insightIdOf(c.shared)]));
    expect(res.body).toMatchObject({ readFrom: "url", insights: now.size, new: added.length, alreadyPresent: now.size - added.length, removed: dropped.length, deleted: dropped.length - 1 });

    expect(await sourceIdsOf(insightIdOf(c.fresh))).toEqual([source.id]);
    expect((await request(app).get(`/api/insights/${insightIdOf(c.audits)}`)).status).toBe(404);
    const shared = await sourceIdsOf(insightIdOf(c.shared));
    expect(shared).toHaveLength(1);
    expect(shared).not.toContain(source.id);
    // Reading the changed page once more changes nothing.
    const still = await request(app).post(`/api/sources/${source.id}/reingest`).expect(200);
    expect(still.body).toMatchObject({ new: 0, alreadyPresent: now.size, removed: 0 });
  });

  it("says 409 while an ingest of the source runs, 404 for an unknown source, 422 for an address the fetch rules refuse", async () => {
    const tag = uniqueTag();
    const path = `/${tag}/slow.txt`;
    page(path, `${claims(tag).pooled}\n`);
    const source = await ingestUrl(`${base}${path}`);
    page(path, `${claims(tag).pooled}\n`, 1_500);
    const first = request(app).post(`/api/sources/${source.id}/reingest`).then((res) => res);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await request(app).post(`/api/sources/${source.id}/reingest`).expect(409);
    expect(second.body.error.code).toBe("conflict");
    expect((await first).status).toBe(200);

    await request(app).post(`/api/sources/${"0".repeat(32)}/reingest`).expect(404);
    const strict = createTestApp(db);
    const refused = await request(strict).post(`/api/sources/${source.id}/reingest`).expect(422);
    expect(refused.body.error.message).toContain("Could not read");
    const guarded = createTestApp(db, { apiToken: "secret-token-for-tests" });
    await request(guarded).post(`/api/sources/${source.id}/reingest`).expect(401);
  });
});
