import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const tag = uniqueTag();
type Served = { id: string; topics: { slug: string; name: string }[] };
// No topics given: discovery finds them, as for any source.
const post = async (texts: readonly string[]) =>
  (await request(app).post("/api/insights").send({ insights: texts.map((text) => ({ text })) }).expect(201)).body.insights as Served[];
const nameOf = async (slug: string) => (await request(app).get(`/api/topics/${slug}?limit=1`).expect(200)).body.topic.name as string;

describe("curated themes after more sources", () => {
  it("a pinned theme and a renamed one keep their names when later insights join them", { timeout: 240_000 }, async () => {
    const culture = `${tag}culture`;
    const oven = `${tag}oven`;
    const first = await post([
      `The ${culture} starter doubles overnight in a warm kitchen.`,
      `A ${culture} starter needs rye flour and patience.`,
      `Bakers heat the ${oven} stone for an hour before the first loaf.`,
      `A ${oven} stone keeps the crust of a loaf crisp.`,
    ]);
    const shared = (a: Served, b: Served) => a.topics.find((t) => b.topics.some((u) => u.slug === t.slug))!;
    const renamed = shared(first[0]!, first[1]!);
    const pinned = shared(first[2]!, first[3]!);
    expect(renamed.slug).not.toBe(pinned.slug);
    await request(app).put(`/api/topics/${renamed.slug}`).send({ name: `Levain ${tag}` }).expect(200);
    await request(app).put(`/api/topics/${pinned.slug}`).send({ pinned: true }).expect(200);

    const later = await post([
      `Every ${culture} starter smells of apples when it is ready.`,
      `Nobody should bake on a cold ${oven} stone.`,
      `Feed the ${culture} starter twice a day in summer.`,
    ]);
    expect(later[0]!.topics.map((t) => t.slug)).toContain(renamed.slug);
    expect(later[1]!.topics.map((t) => t.slug)).toContain(pinned.slug);
    expect(await nameOf(renamed.slug)).toBe(`Levain ${tag}`);
    expect(await nameOf(pinned.slug)).toBe(pinned.name);
    expect(later[0]!.topics.find((t) => t.slug === renamed.slug)?.name).toBe(`Levain ${tag}`);
  });
});
