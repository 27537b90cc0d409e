import { parseArgs } from "node:util";
import type { InsightId } from "@shared/ids";
import { seededRandom } from "@shared/random";
import { findPaths } from "../../server/paths/findPaths";
import { withBenchNeo4j, writeSyntheticGraph } from "./syntheticGraph";

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
const log = (line: string) => console.log(`bench:paths: ${line}`);
const random = seededRandom(7);

await withBenchNeo4j("paths", log, async (db) => {
  const started = Date.now();
  const { ids, topics, about, edges } = await writeSyntheticGraph(db, insights, relatedK, random);
  log(`${insights} insights, ${topics} topics, ${about} ABOUT, ${edges.length} RELATED_TO written in ${((Date.now() - started) / 1000).toFixed(0)} s`);

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
});
