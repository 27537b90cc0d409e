import { randomBytes } from "node:crypto";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { HUB_SIZE } from "../repositories/paths";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
afterAll(() => db.close());

const newId = () => randomBytes(16).toString("hex");

/**
 * A small graph of its own: a –related→ b, b and c both about one topic, d alone.
 * Written directly so each step's reason is known.
 */
async function buildGraph() {
  const tag = uniqueTag();
  const [a, b, c, d] = [newId(), newId(), newId(), newId()];
  const slug = `${tag}-compute`;
  await db.write("test", (tx) =>
    tx.run(
      `UNWIND $insights AS row CREATE (:Insight {id: row.id, text: row.text})
       WITH count(*) AS made
       CREATE (t:Topic {slug: $slug, name: $name})
       WITH t
       MATCH (a:Insight {id: $a}), (b:Insight {id: $b}), (c:Insight {id: $c})
       CREATE (a)-[:RELATED_TO {score: 0.6, reason: 'shares: sovereign AI; similar wording'}]->(b),
              (b)-[:ABOUT {weight: 1}]->(t), (c)-[:ABOUT {weight: 1}]->(t)`,
      { insights: [a, b, c, d].map((id) => ({ id, text: `Insight ${id} (${tag})` })), slug, name: `${tag} compute`, a, b, c },
    ),
  );
  return { a, b, c, d, slug };
}

describe("GET /api/path", () => {
  it("explains each hop from one insight to another", async () => {
    const { a, b, c, slug } = await buildGraph();
    const res = await request(app).get("/api/path").query({ from: a, to: c }).expect(200);
    expect(res.body.message).toBeNull();
    expect(res.body.paths[0].hops).toEqual([
      { from: a, to: b, via: "related", topic: null, reason: "shares: sovereign AI; similar wording" },
      { from: b, to: c, via: "topic", topic: { slug, name: expect.any(String) }, reason: expect.stringMatching(/^both about /) },
    ]);
    expect(res.body.insights.map((node: { id: string }) => node.id).sort()).toEqual([a, b, c].sort());
  });

  it("answers an empty list with a sentence when the insights are not connected", async () => {
    const { a, d } = await buildGraph();
    const res = await request(app).get("/api/path").query({ from: a, to: d }).expect(200);
    expect(res.body.paths).toEqual([]);
    expect(res.body.message).toMatch(/not connected/);
  });

  it("does not walk through a hub topic: being about a huge topic explains nothing", async () => {
    const { a, d } = await buildGraph();
    const hub = `${uniqueTag()}-hub`;
    await db.write("test", (tx) =>
      tx.run(
        `CREATE (t:Topic {slug: $hub, name: 'hub', insightCount: $size})
         WITH t MATCH (a:Insight {id: $a}), (d:Insight {id: $d})
         CREATE (a)-[:ABOUT {weight: 1}]->(t), (d)-[:ABOUT {weight: 1}]->(t)`,
        { hub, size: HUB_SIZE + 1, a, d },
      ),
    );
    const res = await request(app).get("/api/path").query({ from: a, to: d }).expect(200);
    expect(res.body.paths).toEqual([]);
  });

  it("is a 404 naming the unknown insight", async () => {
    const { a } = await buildGraph();
    const unknown = newId();
    const res = await request(app).get("/api/path").query({ from: a, to: unknown }).expect(404);
    expect(res.body.error.message).toContain(unknown);
  });

  it("rejects a path from an insight to itself and a k out of range", async () => {
    const { a, b } = await buildGraph();
    await request(app).get("/api/path").query({ from: a, to: a }).expect(400);
    await request(app).get("/api/path").query({ from: a, to: b, k: 0 }).expect(400);
    await request(app).get("/api/path").query({ from: "nope", to: b }).expect(400);
  });
});
