import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { InsightId } from "@shared/ids";
import { seededRandom } from "@shared/random";
import { applySchema, createDatabase, createDriver, launchNeo4j } from "../../server/db";
import { findPaths } from "../../server/paths/findPaths";
import { zipfSampler } from "./corpus";

/**
 * `npm run bench:paths`: GET /api/path's work (the SHORTEST query and the explanation) between
 * random pairs of a synthetic graph written straight into a fresh Neo4j: N insights, 1 to 5
 * Zipf-drawn topics each (a few topics hold thousands), and a related list of K per insight,
 * two thirds of it from a shared topic. Prints p50, p95 and max, and how many pairs connect.
 */
const { values } = parseArgs({ options: { insights: { type: "string", default: "100000" }, pairs: { type: "string", default: "200" }, k: { type: "string", default: "10" } } });
const insights = Number(values.insights);
const pairs = Number(values.pairs);
const relatedK = Number(values.k);
const topics = Math.max(200, Math.round(insights / 33));
const log = (line: string) => console.log(`bench:paths: ${line}`);
const random = seededRandom(7);

const home = await mkdtemp(join(tmpdir(), "insight-graph-bench-paths-"));
const neo4j = await launchNeo4j({ home, pageCacheMiB: 1024, heap: "2g", log });
const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
const db = createDatabase(driver, "neo4j");
try {
  await applySchema(driver, "neo4j");
  const ids = Array.from({ length: insights }, () => randomBytes(16).toString("hex"));
  const pickTopic = zipfSampler(topics, 1.0, random);
  const members: string[][] = Array.from({ length: topics }, () => []);
  const about: { id: string; slug: string }[] = [];
  ids.forEach((id) => {
    const count = 1 + Math.floor(random() * 5);
    for (const topic of new Set(Array.from({ length: count }, pickTopic))) {
      members[topic]!.push(id);
      about.push({ id, slug: `bench-topic-${topic}` });
    }
  });
  const topicsOf = new Map<string, number[]>();
  for (const row of about) topicsOf.set(row.id, [...(topicsOf.get(row.id) ?? []), Number(row.slug.slice("bench-topic-".length))]);
  const started = Date.now();
  const batch = 10_000;
  for (let at = 0; at < ids.length; at += batch) {
    const rows = ids.slice(at, at + batch).map((id, index) => ({ id, text: `Synthetic insight ${at + index} about its topics.` }));
    await db.write("benchInsights", (tx) => tx.run("UNWIND $rows AS row CREATE (:Insight {id: row.id, text: row.text})", { rows }));
  }
  await db.write("benchTopics", (tx) =>
    tx.run("UNWIND range(0, $n - 1) AS n CREATE (:Topic {slug: 'bench-topic-' + n, name: 'bench topic ' + n})", { n: topics }),
  );
  for (let at = 0; at < about.length; at += batch) {
    const rows = about.slice(at, at + batch);
    await db.write("benchAbout", (tx) => tx.run("UNWIND $rows AS row MATCH (i:Insight {id: row.id}), (t:Topic {slug: row.slug}) CREATE (i)-[:ABOUT {weight: 1}]->(t)", { rows }));
  }
  const edges: { a: string; b: string; score: number }[] = [];
  for (const id of ids) {
    const mine = topicsOf.get(id) ?? [];
    for (let n = 0; n < relatedK; n++) {
      const pool = random() < 2 / 3 && mine.length > 0 ? members[mine[Math.floor(random() * mine.length)]!]! : ids;
      const other = pool[Math.floor(random() * pool.length)]!;
      if (other !== id) edges.push({ a: id, b: other, score: random() });
    }
  }
  for (let at = 0; at < edges.length; at += batch * 5) {
    const rows = edges.slice(at, at + batch * 5);
    await db.write("benchRelated", (tx) =>
      tx.run("UNWIND $rows AS row MATCH (a:Insight {id: row.a}), (b:Insight {id: row.b}) CREATE (a)-[:RELATED_TO {score: row.score, reason: 'similar wording'}]->(b)", { rows }),
    );
  }
  // Ingest keeps Topic.insightCount; the path search reads it to step around hub topics.
  await db.write("benchTopicCounts", (tx) => tx.run("MATCH (t:Topic) SET t.insightCount = COUNT { (t)<-[:ABOUT]-() }"));
  log(`${insights} insights, ${topics} topics, ${about.length} ABOUT, ${edges.length} RELATED_TO written in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const pick = () => ids[Math.floor(random() * ids.length)]! as InsightId;
  for (let warm = 0; warm < 10; warm++) await findPaths(db, pick(), pick(), 3);
  const times: number[] = [];
  let connected = 0;
  for (let n = 0; n < pairs; n++) {
    const t = performance.now();
    const answer = await findPaths(db, pick(), pick(), 3);
    times.push(performance.now() - t);
    if (answer.paths.length > 0) connected++;
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!.toFixed(0);
  log(`findPaths (k=3) over ${pairs} random pairs: p50 ${at(50)} ms, p95 ${at(95)} ms, max ${at(100)} ms; ${connected} of ${pairs} connected`);
} finally {
  await db.close();
  await neo4j.stop();
  await rm(home, { recursive: true, force: true });
}
