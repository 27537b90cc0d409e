import type { InsightId } from "@shared/ids";
import type { Database } from "../../../server/db";
import { sourceIdOf } from "../../../server/ingest/ids";
import { type IngestOptions, ingestInsights } from "../../../server/ingest/ingest";
import { detectCommunities, matchCommunities } from "../../../server/related/communities";
import { findCommunityInput, storeCommunities } from "../../../server/repositories/communities";
import { findInsightIdsOfSources } from "../../../server/repositories/sourceInsights";
import { findInsightThemes } from "../../../server/repositories/topicThemes";
import { readPublicSet } from "../related/publicSet";
import { type PairwiseScores, pairwise } from "./pairwise";
import { type TrapScores, readWordTraps, scoreTraps } from "./wordTraps";
import { readServed } from "../served";
import { withEvalGraph } from "../temporaryGraph";
import { curateLargest, themesKeepingTheirName } from "./nameStability";
import { loadOldPath } from "./oldPath";

const BATCH = 500;
/** One claim in eleven arrives after the first themes are computed: +10 % sources on the same debates. */
const LATE_EVERY = 11;
/** Themes pinned, and as many renamed, before the late claims arrive. */
const CURATED_EACH = 5;

/**
 * `npm run eval:topics -- --dataset <file> [--split dev|train|all]`: the claims of a labelled set
 * (each a note of its own) go through the product's real ingest into a private Neo4j, topics
 * discovered as in production; the topics the HTTP API serves are then judged pairwise against
 * the debates, beside the old path (the AI-strategy example list's aliases with key phrases) on the
 * same claims. Then: themes before and after 10 % more claims (the largest pinned or renamed in
 * between, whose names must hold), and the word-trap set.
 */
async function main(): Promise<void> {
  const path = flag("--dataset");
  if (!path) throw new Error("--dataset needs a file, e.g. ../shared/eval-data/perspectrum.dev.json");
  const split = flag("--split") ?? "dev";
  const set = await readPublicSet(path);
  const splitOf = await readSplits(path);
  const claims = set.claims.filter((c) => split === "all" || splitOf.get(c.topic) === split);
  await withEvalGraph(async (db, embeddings) => {
    const options: IngestOptions = { relatedK: 10, ...(embeddings && { embeddings }) };
    const early = claims.filter((_, i) => i % LATE_EVERY !== 0);
    const late = claims.filter((_, i) => i % LATE_EVERY === 0);
    const started = Date.now();
    const earlyIds = await ingest(db, early.map((c) => c.text), options);
    const before = await themesNow(db, earlyIds);
    const curated = await curateLargest(db, CURATED_EACH);
    const lateIds = await ingest(db, late.map((c) => c.text), options);
    const after = await themesNow(db, earlyIds);
    const seconds = (Date.now() - started) / 1000;

    const idOf = new Map<string, InsightId>();
    early.forEach((c, i) => idOf.set(c.key, earlyIds[i]!));
    late.forEach((c, i) => idOf.set(c.key, lateIds[i]!));
    const served = await servedTopics(db, [...new Set(idOf.values())]);
    const newPath = pairwise(claims.map((c) => ({ group: c.topic, topics: served.get(idOf.get(c.key)!) ?? [] })));
    const oldTopics = await loadOldPath();
    const oldPath = pairwise(claims.map((c) => ({ group: c.topic, topics: oldTopics(c.text).map((t) => t.slug) })));
    const debates = new Set(claims.map((c) => c.topic)).size;
    console.log(`\n${set.name}, split ${split}: ${claims.length} claims in ${debates} debates → ${served.size} insights, ingested in ${seconds.toFixed(0)} s; embeddings: ${embeddings?.embedder.model ?? "none"}`);
    printPairwise([["old path: example list aliases + key phrases", oldPath], ["new path: discovered, served by GET /api/insights/:id", newPath]], claims.length);

    const kept = earlyIds.filter((id) => before.get(id)?.theme != null && before.get(id)?.theme === after.get(id)?.theme).length;
    const themed = earlyIds.filter((id) => before.get(id)?.theme != null).length;
    console.log(`\ntheme stability: ${kept} of ${themed} insights (${pct(kept / Math.max(themed, 1))}) keep their theme id after +${late.length} claims (${pct(late.length / early.length)} more)`);
    const named = await themesKeepingTheirName(db, curated);
    const lost = curated.filter((theme) => !named.includes(theme)).map((theme) => `"${theme.name}" (${theme.how})`);
    console.log(`name stability: ${named.length} of ${curated.length} pinned or renamed themes keep their name after the same +${late.length} claims${lost.length ? `; lost: ${lost.join(", ")}` : ""}`);

    const traps = await readWordTraps();
    const trapIds = await ingest(db, [traps.headline, ...traps.related, ...traps.traps, ...traps.otherFields], options);
    const trapTopics = await servedTopics(db, [...new Set(trapIds)]);
    printTraps("new path", scoreTraps(traps, (_, i) => trapTopics.get(trapIds[i]!) ?? []));
    printTraps("old path", scoreTraps(traps, (text) => oldTopics(text).map((t) => t.slug)));
  });
}

/** The texts as notes, in batches as an eval of many sources would send them; each text's insight id. */
async function ingest(db: Database, texts: readonly string[], options: IngestOptions): Promise<InsightId[]> {
  // Each text is a source of its own, so a text folded into an earlier insight still finds it.
  const sources = texts.map((text, i) => ({ title: `eval ${i}`, url: `urn:eval:${ingested + i}` }));
  ingested += texts.length;
  for (let start = 0; start < texts.length; start += BATCH) {
    const items = texts.slice(start, start + BATCH).map((text, i) => ({ text, source: sources[start + i]! }));
    await ingestInsights(db, items, options);
    process.stderr.write(`\ringested ${Math.min(start + BATCH, texts.length)} / ${texts.length}`);
  }
  process.stderr.write("\n");
  const ids = sources.map((source) => sourceIdOf(source));
  const insightsOf = await db.read("eval", (tx) => findInsightIdsOfSources(tx, ids));
  return ids.map((id) => insightsOf.get(id)?.[0] as InsightId);
}
let ingested = 0;

/** Themes recomputed as the app's refresher does after an ingest, then each insight's theme id. */
async function themesNow(db: Database, ids: readonly InsightId[]) {
  const input = await db.read("communityInput", findCommunityInput);
  const previous = new Map<string, number>();
  for (const topic of input.topics) if (topic.community !== null) previous.set(topic.slug, topic.community);
  const ids2 = matchCommunities(detectCommunities(input.topics.map((t) => t.slug), input.links), previous);
  await db.write("storeCommunities", (tx) => storeCommunities(tx, [...ids2].map(([slug, community]) => ({ slug, community })), input.readAt));
  return db.read("themes", (tx) => findInsightThemes(tx, ids));
}

/** Every insight's topics, read over HTTP as the browser reads them. */
const servedTopics = (db: Database, ids: readonly InsightId[]) =>
  readServed(db, ids, (id) => `/api/insights/${id}`, (_id, body) => (body as { topics: { slug: string }[] }).topics.map((t) => t.slug));

function printPairwise(rows: readonly [string, PairwiseScores][], claims: number): void {
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`\n${"topics".padEnd(width)}  precision  recall  F1     with a topic  topics  per 1,000`);
  for (const [name, s] of rows) {
    console.log(
      `${name.padEnd(width)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3)}   ${s.f1.toFixed(3)}  ${pct(s.covered / claims).padStart(12)}  ${String(s.topics).padStart(6)}  ${((s.topics / claims) * 1000).toFixed(0).padStart(9)}`,
    );
  }
}

function printTraps(name: string, s: TrapScores): void {
  console.log(`word traps, ${name}: ${s.traps} of ${s.trapCount} traps share a headline topic (goal ≤ 2); ${s.related} of ${s.relatedCount} related do (goal ≥ 8); ${s.otherFields} of ${s.otherCount} other-field claims do (goal 0)`);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function readSplits(path: string): Promise<Map<string, string>> {
  const { readFile } = await import("node:fs/promises");
  const raw = JSON.parse(await readFile(path, "utf8")) as { topics: { id: string; split?: string }[] };
  return new Map(raw.topics.map((t) => [t.id, t.split ?? "all"]));
}

await main();
