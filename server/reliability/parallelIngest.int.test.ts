import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { reliabilityLog } from "../testing/reliabilityLog";
import { connectTestDatabase, createTestApp, uniqueTag } from "../testing/harness";

const db = connectTestDatabase();
const app = createTestApp(db);
const log = reliabilityLog("parallel-ingest");
afterAll(async () => {
  log.save();
  await db.close();
});

const count = (cypher: string, params: Record<string, unknown>) =>
  db.read("parallelCheck", async (tx) => (await tx.run(cypher, params)).records[0]?.get("n") as number);

// Twelve unlike claims, so no near-duplicate folding; each request sends an overlapping window of them.
const subjects = ["open models", "national compute", "vendor lock-in", "fine-tuning", "data residency", "chip export rules",
  "public procurement", "model licences", "energy prices", "research talent", "evaluation suites", "cloud credits"];
const claimsOf = (tag: string) =>
  subjects.map((subject, i) => ({
    text: `${subject[0]!.toUpperCase()}${subject.slice(1)} decide ${["who", "where", "how", "when"][i % 4]} sovereign AI gets built, says study ${tag}-${i}.`,
    topics: [`${tag} ${["alpha", "beta", "gamma"][i % 3]}`, `${tag} shared`],
  }));

describe("20 parallel ingests of overlapping input", () => {
  it("POST /api/insights: no duplicate nodes or edges, exact counts", async () => {
    const tag = uniqueTag();
    const claims = claimsOf(tag);
    const windows = Array.from({ length: 20 }, (_, r) => Array.from({ length: 5 }, (_, k) => claims[(r * 3 + k) % claims.length]!));
    const started = Date.now();
    const answers = await Promise.all(windows.map((insights) => request(app).post("/api/insights").send({ insights }).timeout(120_000)));
    const ms = Date.now() - started;
    expect(answers.map((a) => a.status)).toEqual(windows.map(() => 201));

    const params = { tag, slugs: ["alpha", "beta", "gamma", "shared"].map((s) => `${tag}-${s}`) };
    const counts = {
      insights: await count("MATCH (i:Insight) WHERE i.text CONTAINS $tag RETURN count(i) AS n", params),
      topics: await count("MATCH (t:Topic) WHERE t.slug IN $slugs RETURN count(t) AS n", params),
      about: await count("MATCH (i:Insight)-[a:ABOUT]->(t:Topic) WHERE t.slug IN $slugs RETURN count(a) AS n", params),
      duplicateAbout: await count("MATCH (i:Insight)-[a:ABOUT]->(t:Topic) WHERE t.slug IN $slugs WITH i, t, count(a) AS c WHERE c > 1 RETURN count(*) AS n", params),
      duplicateRelated: await count("MATCH (a:Insight)-[r:RELATED_TO]->(b:Insight) WHERE a.text CONTAINS $tag WITH a, b, count(r) AS c WHERE c > 1 RETURN count(*) AS n", params),
      duplicateCoOccurs: await count(
        "MATCH (t:Topic)-[r:CO_OCCURS]-(u:Topic) WHERE t.slug IN $slugs AND u.slug IN $slugs AND t.slug < u.slug WITH t, u, count(r) AS c WHERE c > 1 RETURN count(*) AS n",
        params,
      ),
      wrongTopicCounts: await count(
        "MATCH (t:Topic) WHERE t.slug IN $slugs AND t.insightCount <> COUNT { (t)<-[:ABOUT]-(:Insight) } RETURN count(t) AS n",
        params,
      ),
      coOccurs: await count("MATCH (t:Topic)-[r:CO_OCCURS]->(u:Topic) WHERE t.slug IN $slugs RETURN count(r) AS n", params),
      wrongCoOccurs: await count(
        `MATCH (t:Topic)-[r:CO_OCCURS]->(u:Topic) WHERE t.slug IN $slugs
           AND r.count <> COUNT { (t)<-[:ABOUT]-(:Insight)-[:ABOUT]->(u) } RETURN count(r) AS n`,
        params,
      ),
      shared: await count("MATCH (t:Topic {slug: $slug}) RETURN t.insightCount AS n", { slug: `${tag}-shared` }),
    };
    expect(counts).toEqual({
      insights: 12,
      topics: 4,
      about: 24,
      duplicateAbout: 0,
      duplicateRelated: 0,
      duplicateCoOccurs: 0,
      wrongTopicCounts: 0,
      coOccurs: 3,
      wrongCoOccurs: 0,
      shared: 12,
    });
    log.record({
      area: "concurrency",
      tried: "20 parallel POST /api/insights, 5 claims each from 12 overlapping claims with 4 topics",
      happened: `all 201 in ${ms} ms; 12 insights, 4 topics, 24 ABOUT, 0 duplicate ABOUT/RELATED_TO/CO_OCCURS, topic and co-occurrence counts exact`,
      passed: true,
    });
  }, 180_000);

  it("POST /api/sources: five sources sent four times each, sharing sentences, make five sources and one node per claim", async () => {
    const tag = uniqueTag();
    const sentences = [
      "Most countries will adapt the best open models to their own data rather than train frontier models",
      "Fine-tuning an open model on local legal text costs a fraction of what pretraining costs",
      "A government that relies on one foreign API provider accepts a lock-in that can be switched off in a crisis",
      "National compute clusters pay for themselves only when universities and startups share them",
      "Export controls on advanced chips push buyers towards older hardware and smarter software",
      "Public procurement rules decide which vendors a ministry can even consider",
      "Evaluation suites in the national language reveal failures that English benchmarks hide",
      "Energy prices now shape where data centres are built more than tax breaks do",
    ].map((sentence, i) => `Guest: ${sentence} (${tag}-${i}).`);
    const sources = Array.from({ length: 5 }, (_, s) => ({
      title: `Parallel source ${s} ${tag}`,
      text: [0, 1, 2, 3].map((k) => sentences[(s * 2 + k) % sentences.length]).join("\n"),
    }));
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, r) => request(app).post("/api/sources").send(sources[r % 5]).timeout(120_000)));
    const ms = Date.now() - started;
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));

    const idsBySource = new Map<string, Set<string>>();
    for (const answer of answers) {
      const ids = new Set<string>(answer.body.insights.map((i: { id: string }) => i.id));
      const earlier = idsBySource.get(answer.body.source.id);
      if (earlier) expect([...ids].sort()).toEqual([...earlier].sort());
      idsBySource.set(answer.body.source.id, ids);
    }
    const distinctInsights = new Set([...idsBySource.values()].flatMap((ids) => [...ids]));
    const expectedLinks = [...idsBySource.values()].reduce((sum, ids) => sum + ids.size, 0);
    const params = { tag, ids: [...distinctInsights] };
    const counts = {
      sources: await count("MATCH (s:Source) WHERE s.title ENDS WITH $tag RETURN count(s) AS n", params),
      insights: await count("MATCH (i:Insight) WHERE i.id IN $ids RETURN count(i) AS n", params),
      links: await count("MATCH (i:Insight)-[f:FROM]->(s:Source) WHERE s.title ENDS WITH $tag RETURN count(f) AS n", params),
      duplicateLinks: await count("MATCH (i:Insight)-[f:FROM]->(s:Source) WHERE s.title ENDS WITH $tag WITH i, s, count(f) AS c WHERE c > 1 RETURN count(*) AS n", params),
    };
    expect(idsBySource.size).toBe(5);
    expect(distinctInsights.size).toBeGreaterThan(5);
    expect(counts).toEqual({ sources: 5, insights: distinctInsights.size, links: expectedLinks, duplicateLinks: 0 });
    log.record({
      area: "concurrency",
      tried: "20 parallel POST /api/sources: 5 sources × 4, neighbouring sources sharing 2 of 4 sentences",
      happened: `all 201 in ${ms} ms; 5 sources, ${distinctInsights.size} insights, ${expectedLinks} FROM links, 0 duplicates`,
      passed: true,
    });
  }, 180_000);
});
