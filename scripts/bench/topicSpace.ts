import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TopicSlug } from "@shared/ids";
import { applySchema, createDatabase, createDriver, launchNeo4j } from "../../server/db";
import { type TopicSpaceRow, createTopicCentroidIndex, findNearTopicSpace, findTopicSpace, storeCentroids } from "../../server/repositories/topicCentroids";
import { groupIncrementally } from "../../server/topics/clusters";
import { thresholdsFor } from "../../server/topics/thresholds";

/**
 * `npx tsx scripts/bench/topicSpace.ts`: what the topics step pays to find the topics a batch of
 * 100 insights may join, reading every centroid (findTopicSpace) or only the 10 nearest per insight
 * from the centroid vector index (findNearTopicSpace), at growing topic counts, each followed by
 * the same in-memory grouping; and how often both put an insight in the same topic. Random
 * 384-dimensional centroids; seven in ten insights lie near one. Single runs on a shared machine.
 */
const WIDTH = 384;
const BATCH = 100;
const SIZES = [500, 2_000, 5_000];
let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31 - 0.5;
};
const unit = (v: number[]) => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};

const home = await mkdtemp(join(tmpdir(), "insight-graph-bench-"));
const neo4j = await launchNeo4j({ home, port: 0, pageCacheMiB: 256, heap: "1g", log: () => undefined });
const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "neo4j" });
const db = createDatabase(driver, "neo4j");
try {
  await applySchema(driver, "neo4j");
  await db.write("bench", (tx) => createTopicCentroidIndex(tx, WIDTH));
  const centroids: number[][] = [];
  const thresholds = thresholdsFor({});
  for (const size of SIZES) {
    const rows: Parameters<typeof storeCentroids>[1][number][] = [];
    while (centroids.length < size) {
      const sum = unit(Array.from({ length: WIDTH }, random)).map((x) => x * 5);
      rows.push({ slug: `bench-topic-${centroids.length}` as TopicSlug, name: `Bench topic ${centroids.length}`, centroidSum: sum, centroidCount: 5 });
      centroids.push(sum);
    }
    for (let i = 0; i < rows.length; i += 500) await db.write("bench", (tx) => storeCentroids(tx, rows.slice(i, i + 500)));
    await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: "neo4j" });
    const batch = Array.from({ length: BATCH }, (_, i) => {
      const near = i % 10 < 7 ? unit(centroids[Math.floor((random() + 0.5) * centroids.length)]!) : undefined;
      return unit(Array.from({ length: WIDTH }, (_, d) => (near ? near[d]! + random() * 0.03 : random())));
    });
    const run = async (read: () => Promise<TopicSpaceRow[]>) => {
      const start = performance.now();
      const space = await read();
      const readMs = performance.now() - start;
      const topics = space.filter((r) => r.centroidSum).map((r) => ({ key: r.slug, sum: Float64Array.from(r.centroidSum!), count: r.centroidCount, curated: r.curated }));
      const memberships = groupIncrementally(batch, topics, thresholds, (i) => `new:${i}`);
      return { ms: performance.now() - start, readMs, read: space.length, homes: memberships.map((m) => m[0]!.key) };
    };
    await db.read("warm", (tx) => findTopicSpace(tx));
    const full = await run(() => db.read("full", findTopicSpace));
    const near = await run(() => db.read("near", (tx) => findNearTopicSpace(tx, batch, 10)));
    const same = full.homes.filter((key, i) => key === near.homes[i] || (key.startsWith("new:") && near.homes[i]!.startsWith("new:"))).length;
    console.log(
      `${String(size).padStart(5)} topics: every centroid ${full.ms.toFixed(0).padStart(5)} ms (read ${full.readMs.toFixed(0)} ms, ${full.read} topics) · ` +
        `10 nearest by index ${near.ms.toFixed(0).padStart(5)} ms (read ${near.readMs.toFixed(0)} ms, ${near.read} topics) · same topic for ${same} of ${BATCH}`,
    );
  }
} finally {
  await db.close();
  await neo4j.stop();
  await rm(home, { recursive: true, force: true });
}
