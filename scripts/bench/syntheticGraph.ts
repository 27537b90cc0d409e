import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applySchema, createDatabase, createDriver, type Database, launchNeo4j } from "../../server/db";
import { zipfSampler } from "./corpus";

export interface SyntheticGraph {
  readonly ids: readonly string[];
  readonly topics: number;
  /** The insights of each topic, by topic number. */
  readonly members: readonly (readonly string[])[];
  readonly about: number;
  /** The RELATED_TO edges written, `a` listing `b`. */
  readonly edges: readonly { a: string; b: string; score: number }[];
}

/**
 * A synthetic graph written straight into Neo4j, in batches: `insights` insights, 1 to 5 Zipf-drawn
 * topics each (a few topics hold thousands), and a related list of `relatedK` per insight, two
 * thirds of it from a shared topic; `Topic.insightCount` set as ingest keeps it.
 */
export async function writeSyntheticGraph(db: Database, insights: number, relatedK: number, random: () => number): Promise<SyntheticGraph> {
  const topics = Math.max(200, Math.round(insights / 33));
  const ids = Array.from({ length: insights }, () => randomBytes(16).toString("hex"));
  const pickTopic = zipfSampler(topics, 1.0, random);
  const members: string[][] = Array.from({ length: topics }, () => []);
  const about: { id: string; slug: string }[] = [];
  const topicsOf = new Map<string, number[]>();
  ids.forEach((id) => {
    const count = 1 + Math.floor(random() * 5);
    for (const topic of new Set(Array.from({ length: count }, pickTopic))) {
      members[topic]!.push(id);
      about.push({ id, slug: `bench-topic-${topic}` });
      topicsOf.set(id, [...(topicsOf.get(id) ?? []), topic]);
    }
  });
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
  await db.write("benchTopicCounts", (tx) => tx.run("MATCH (t:Topic) SET t.insightCount = COUNT { (t)<-[:ABOUT]-() }"));
  return { ids, topics, members, about: about.length, edges };
}

/**
 * A fresh Neo4j of a bench's own (a temporary store, schema applied) for `work`, stopped and
 * deleted afterwards whatever happens.
 */
export async function withBenchNeo4j(name: string, log: (line: string) => void, work: (db: Database, uri: string) => Promise<void>): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), `insight-graph-bench-${name}-`));
  const neo4j = await launchNeo4j({ home, pageCacheMiB: 1024, heap: "2g", log });
  const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
  const db = createDatabase(driver, "neo4j");
  try {
    await applySchema(driver, "neo4j");
    await work(db, neo4j.uri);
  } finally {
    await db.close();
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}
