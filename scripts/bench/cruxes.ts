import { parseArgs } from "node:util";
import type { TopicSlug } from "@shared/ids";
import { seededRandom } from "@shared/random";
import { BATCH_WRITE_TIMEOUT_MS } from "../../server/db";
import { relistTopicCruxes } from "../../server/speakers/refreshCruxes";
import { loadEndpoint, startServer } from "./http";
import { withBenchNeo4j, writeSyntheticGraph } from "./syntheticGraph";

/**
 * `npm run bench:cruxes`: GET /api/topics/:slug/cruxes against GET /api/health on the synthetic
 * graph of bench:paths (N insights, Zipf topics, K related each) with what cruxes read added:
 * sources, named speakers (one per insight, 20 per show), SAID_BY links, and typed relations on
 * the related pairs (8 % contradicts, 30 % supports), then every topic's crux list made by the
 * product's own relisting (what the relations step keeps up to date). The app runs as its own process; requests
 * go to the most-used topics (the worst case: their insights are the most), under the same load
 * as the health endpoint. Prints both p95s and their ratio (goal: at most 3×).
 */
const { values } = parseArgs({
  options: {
    insights: { type: "string", default: "100000" },
    k: { type: "string", default: "10" },
    seconds: { type: "string", default: "15" },
    connections: { type: "string", default: "4" },
  },
});
const insights = Number(values.insights);
const load = { seconds: Number(values.seconds), connections: Number(values.connections) };
const log = (line: string) => console.log(`bench:cruxes: ${line}`);
const random = seededRandom(11);
/** Ids shaped like the app's (32 hex digits), so responses pass their contracts. */
const idOf = (kind: "a" | "b", n: number) => kind + n.toString(16).padStart(31, "0");

await withBenchNeo4j("cruxes", log, async (db, uri) => {
  const started = Date.now();
  const { ids, topics, edges } = await writeSyntheticGraph(db, insights, Number(values.k), random);
  const shows = Math.max(10, Math.round(insights / 1000));
  const speakers = shows * 20;
  const sources = Math.round(insights / 20);
  await db.write("benchSources", (tx) =>
    tx.run("UNWIND $rows AS row CREATE (:Source {id: row.id, title: 'Episode ' + row.n, show: 'Show ' + (row.n % $shows), kind: 'podcast-episode'})", {
      rows: Array.from({ length: sources }, (_, n) => ({ id: idOf("a", n), n })),
      shows,
    }),
  );
  await db.write("benchSpeakers", (tx) =>
    tx.run("UNWIND $rows AS row CREATE (:Speaker {id: row.id, name: 'Speaker name ' + row.n, named: true, scope: 'Show ' + (row.n % $shows)})", {
      rows: Array.from({ length: speakers }, (_, n) => ({ id: idOf("b", n), n })),
      shows,
    }),
  );
  const batch = 20_000;
  for (let at = 0; at < ids.length; at += batch) {
    const rows = ids.slice(at, at + batch).map((id) => ({ id, speaker: idOf("b", Math.floor(random() * speakers)), source: idOf("a", Math.floor(random() * sources)), at: Math.floor(random() * 3600) }));
    await db.write("benchSaidBy", (tx) =>
      tx.run(
        `UNWIND $rows AS row
         MATCH (i:Insight {id: row.id}), (sp:Speaker {id: row.speaker}), (s:Source {id: row.source})
         CREATE (i)-[:FROM]->(s), (i)-[:SAID_BY {sourceId: row.source, startSec: row.at}]->(sp)`,
        { rows },
      ),
    );
  }
  const labelled = edges.flatMap((edge) => {
    const draw = random();
    const relation = draw < 0.08 ? "contradicts" : draw < 0.38 ? "supports" : null;
    return relation ? [{ ...edge, relation, confidence: 0.5 + random() / 2 }] : [];
  });
  for (let at = 0; at < labelled.length; at += batch) {
    const rows = labelled.slice(at, at + batch);
    await db.write("benchRelations", (tx) =>
      tx.run(
        `UNWIND $rows AS row
         MATCH (:Insight {id: row.a})-[r:RELATED_TO]->(:Insight {id: row.b})
         SET r.relation = row.relation, r.relationConfidence = row.confidence, r.relationReason = 'bench'`,
        { rows },
      ),
    );
  }
  // The topics' crux lists as the product keeps them: its own relisting, run over every topic.
  const listing = Date.now();
  const allSlugs = await db.read("benchTopics", async (tx) => (await tx.run("MATCH (t:Topic) RETURN t.slug AS slug")).records.map((r) => r.get("slug") as TopicSlug));
  for (let at = 0; at < allSlugs.length; at += 200) {
    await db.write("benchCruxLists", (tx) => relistTopicCruxes(tx, allSlugs.slice(at, at + 200)), { timeoutMs: BATCH_WRITE_TIMEOUT_MS });
  }
  log(`crux lists of ${allSlugs.length} topics made by the product's relisting in ${((Date.now() - listing) / 1000).toFixed(0)} s`);
  log(`${insights} insights, ${topics} topics, ${edges.length} related pairs (${labelled.length} labelled), ${speakers} speakers, ${sources} sources written in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const slugs = await db.read("benchSample", async (tx) =>
    (await tx.run("MATCH (t:Topic) RETURN t.slug AS slug ORDER BY t.insightCount DESC LIMIT 100")).records.map((r) => r.get("slug") as string),
  );
  const server = await startServer(uri);
  try {
    let next = 0;
    const paths = { health: () => "/api/health", cruxes: () => `/api/topics/${slugs[next++ % slugs.length]}/cruxes` };
    const figures: Record<string, number> = {};
    for (const [name, path] of Object.entries(paths)) {
      await fetch(`${server.baseUrl}${path()}`);
      const measured = await loadEndpoint(server.baseUrl, path, load);
      figures[name] = measured.p95Ms;
      log(`${name}: p50 ${measured.p50Ms} ms, p95 ${measured.p95Ms} ms, p99 ${measured.p99Ms} ms, ${Math.round(measured.rps)} req/s${measured.errors ? `, ${measured.errors} errors` : ""}`);
    }
    log(`cruxes p95 / health p95 = ${(figures.cruxes! / Math.max(1, figures.health!)).toFixed(1)}× (goal ≤ 3×)`);
  } finally {
    await server.stop();
  }
});
