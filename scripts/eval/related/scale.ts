import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applySchema, createDatabase, createDriver, launchNeo4j } from "../../../server/db";
import { ingestInsights } from "../../../server/ingest/ingest";
import { createVersionReader } from "../../../server/cache/versionReader";
import { createCommunityRefresher } from "../../../server/related/communityRefresher";
import { DEFAULT_RELATED_K } from "../../../server/related/refresh";

/**
 * `tsx scripts/eval/related/scale.ts [total]`: how long one batch of 1,000 new insights takes
 * (write + topic stats + related lists) as the graph grows, on synthetic insights with
 * Zipf-distributed topics and words. Flat times mean the refresh does not rescan the graph.
 */
const TOTAL = Number(process.argv[2] ?? 30_000);
const BATCH = 1_000;
const TOPICS = 2_000;
const WORDS = 6_000;

let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
/** Rank r is picked with probability ~ 1/r: a few topics and words are everywhere, most are rare. */
const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);
const syllables = ["ka", "lo", "mi", "ter", "san", "vo", "rin", "del", "pa", "nu", "gor", "sel"];
const word = (i: number) => `${syllables[i % 12]}${syllables[Math.floor(i / 12) % 12]}${syllables[Math.floor(i / 144) % 12]}${i >= 1728 ? "ex" : ""}`;

function insight(n: number) {
  const words = Array.from({ length: 14 }, () => word(zipf(WORDS)));
  const topics = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => `subject ${word(zipf(TOPICS))}`))];
  return { text: `Claim ${n} says the ${words.join(" ")}.`, topics };
}

const home = await mkdtemp(join(tmpdir(), "insight-graph-scale-"));
const neo4j = await launchNeo4j({ home, port: 0, pageCacheMiB: 256, heap: "1g", log: () => undefined });
const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
const db = createDatabase(driver, "neo4j");
try {
  await applySchema(driver, "neo4j");
  console.log("insights before batch   batch of 1,000 (s)");
  for (let done = 0; done < TOTAL; done += BATCH) {
    const items = Array.from({ length: BATCH }, (_, i) => insight(done + i));
    const started = performance.now();
    await ingestInsights(db, items, { relatedK: DEFAULT_RELATED_K });
    const seconds = (performance.now() - started) / 1000;
    if (done % 5_000 === 0 || done + BATCH >= TOTAL) console.log(`${String(done).padStart(20)}   ${seconds.toFixed(1)}`);
  }
  const started = performance.now();
  await createCommunityRefresher(db, createVersionReader(db), console.error).ensureFresh();
  console.log(`communities (Louvain over every topic, separate transactions): ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.close();
  await neo4j.stop();
  await rm(home, { recursive: true, force: true });
}
