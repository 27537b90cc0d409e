import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { buildInsight, connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

describe("GET /api/reading-list as a vault and as GEXF", () => {
  it("answers a zip of linked notes and a GEXF graph for the theme", async () => {
    const tag = uniqueTag();
    const source = { title: `Episode ${tag}`, url: `https://example.org/${tag}`, show: `Show ${tag}` };
    const insights = [
      buildInsight(tag, { text: `Middle powers ${tag} adapt open models to their own data.`, topics: [`${tag} models`, `${tag} data`], quote: `They adapt open models ${tag}.`, source }),
      buildInsight(tag, { text: `Open models ${tag} let ministries keep their data at home.`, topics: [`${tag} models`], source }),
    ];
    await request(app).post("/api/insights").send({ insights }).expect(201);

    const zip = await request(app).get("/api/reading-list").query({ topics: `${tag}-model`, format: "vault" }).responseType("blob").expect(200);
    expect(zip.headers["content-type"]).toBe("application/zip");
    expect(zip.headers["content-disposition"]).toMatch(/\.notes\.zip"/);
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    const paths = Object.keys(files);
    expect(paths.filter((path) => path.includes("/Insights/"))).toHaveLength(2);
    const note = strFromU8(files[paths.find((path) => path.includes("/Insights/Middle powers"))!]!);
    expect(note).toContain(`> They adapt open models ${tag}.`);
    expect(note).toContain(`[Episode ${tag}](<https://example.org/${tag}>)`);
    expect(note).toMatch(/## Related\n\n- \[\[Open models/);

    const gexf = await request(app).get("/api/reading-list").query({ topics: `${tag}-model`, format: "gexf" }).expect(200);
    expect(gexf.headers["content-type"]).toBe("application/gexf+xml; charset=utf-8");
    expect(XMLValidator.validate(gexf.text)).toBe(true);
    expect(gexf.text).toContain('value="related"');
  });
});
