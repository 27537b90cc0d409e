import { writeFile } from "node:fs/promises";
import { GetRelated } from "@shared/api/insights";
import type { InsightId } from "@shared/ids";
import type { Database } from "../../../server/db";
import { sourceIdOf } from "../../../server/ingest/ids";
import { ingestInsights } from "../../../server/ingest/ingest";
import { findPairEvidence } from "../../../server/relations/labelRelations";
import { findInsightIdsOfSources } from "../../../server/repositories/sourceInsights";
import { type LabelledClaim, readPublicSet } from "../related/publicSet";
import { cueWordRelation, negationRelation } from "./cueWords";
import { loadEnv } from "../../../server/env";
import { createRelationLabeller } from "../../../server/relations/llm/openai";
import { type LabelScores, type PairTruth, pairSplit, pairTruth, scoreLabel } from "./pairs";
import { printSweep, type SweptPair } from "./sweep";
import { scoreModel } from "./withModel";
import { readServed } from "../served";
import { withEvalGraph } from "../temporaryGraph";

const K = 10;
const BATCH = 500;

interface ServedPair {
  readonly a: InsightId;
  readonly b: InsightId;
  readonly relation: string | undefined;
  readonly truth: PairTruth;
  readonly split: string | null;
}

/**
 * `npm run eval:relations -- --dataset ../shared/eval-data/perspectrum.dev.json`: every claim of
 * the set goes through the product's real path (a note each, 500 a batch: topics, embeddings,
 * near-duplicate merging, related lists, relation labels) into a private Neo4j; the related lists
 * are read over HTTP with their `relation`, and each served pair is judged by the set's stance
 * labels: one debate and one side should be `supports` (or `extends`: building on a claim is
 * arguing its side), one debate and opposite sides `contradicts`. Printed beside the cue-word
 * roles reading lists used before, in the same run; with EXTRACTOR=llm, the model's labels on the
 * very same pairs too (withModel.ts).
 * `--dump <file>` writes the served pairs with their evidence, for tuning on the dev part.
 * `--split dev` scores only the pairs of that official split's debates (every claim is still
 * ingested: the others stay the distractors); the learned model (sides.ts) was fitted on `train`.
 */
async function main(path: string, dump: string | undefined, split: string | undefined): Promise<void> {
  const { name, claims } = await readPublicSet(path);
  await withEvalGraph(async (db, embeddings) => {
    const sources = claims.map((claim) => ({ title: claim.key, url: `urn:eval:${claim.key}` }));
    const started = Date.now();
    for (let start = 0; start < claims.length; start += BATCH) {
      const items = claims.slice(start, start + BATCH).map((claim, i) => ({ text: claim.text, source: sources[start + i]! }));
      await ingestInsights(db, items, { relatedK: K, ...(embeddings && { embeddings }) });
      process.stderr.write(`\ringested ${Math.min(start + BATCH, claims.length)} / ${claims.length}`);
    }
    process.stderr.write("\n");
    const seconds = (Date.now() - started) / 1000;

    const insightsOf = await db.read("eval", (tx) => findInsightIdsOfSources(tx, sources.map((s) => sourceIdOf(s))));
    const claimsOf = new Map<InsightId, LabelledClaim[]>();
    sources.forEach((source, i) => {
      const id = insightsOf.get(sourceIdOf(source))?.[0];
      if (id) claimsOf.set(id, [...(claimsOf.get(id) ?? []), claims[i]!]);
    });
    const all = await servedPairs(db, [...claimsOf.keys()], claimsOf);
    const served = split ? all.filter((p) => p.split === split) : all;
    const textOf = (id: InsightId) => claimsOf.get(id)?.[0]?.text ?? "";
    console.log(`${name}: ${claims.length} claims → ${claimsOf.size} insights, ingested in ${seconds.toFixed(0)} s; embeddings: ${embeddings?.embedder.model ?? "none"}`);
    const counts = (truth: PairTruth, pairs = served) => pairs.filter((p) => p.truth === truth).length;
    console.log(`served related pairs: ${all.length} (one debate, one side ${counts("same side", all)}; opposite sides ${counts("opposite sides", all)}; other debates ${counts("other debates", all)}; unclear ${counts("unclear", all)})\n`);

    if (split) {
      console.log(`all topics, offline: ${all.length} served pairs`);
      printRows(offlineRows(all, textOf));
      console.log(`\n${split} split only: ${served.length} of ${all.length} served pairs (${counts("opposite sides")} of one debate on opposite sides)`);
    }
    const rows = offlineRows(served, textOf);
    // With a model configured (EXTRACTOR=llm), its labels on the very same pairs, beside offline.
    const labeller = await createRelationLabeller(loadEnv(), (line) => console.error(line));
    if (labeller) {
      const judged = served.map((p) => ({ ...p, textA: textOf(p.a), textB: textOf(p.b) }));
      const byModel = await scoreModel(labeller, judged);
      if (byModel) rows.push(...byModel.map((row): Row => [`model: ${labeller.name}`, row.label, row.scores]));
      else console.log(`model: ${labeller.name} failed after its retries; offline figures only\n`);
    }
    printRows(rows);

    const evidence = await db.read("eval", (tx) => findPairEvidence(tx, served.map((p) => ({ from: p.a, to: p.b }))));
    const swept: SweptPair[] = served.flatMap((p, i) => (evidence[i] ? [{ truth: p.truth, evidence: evidence[i]! }] : []));
    printSweep(swept);
    if (dump) await writeFile(dump, JSON.stringify(served.map((p, i) => ({ ...p, evidence: evidence[i], textA: textOf(p.a), textB: textOf(p.b) }))));
  });
}

const asLabelled = (p: ServedPair) => ({ truth: p.truth, label: p.relation });

type Row = [who: string, label: string, scores: LabelScores];

/** The served labels beside the cue-word and negation baselines, on the same pairs. */
function offlineRows(served: readonly ServedPair[], textOf: (id: InsightId) => string): Row[] {
  const cue = served.map((p) => ({ truth: p.truth, label: cueWordRelation(textOf(p.a), textOf(p.b)) as string | undefined }));
  const negation = served.map((p) => ({ truth: p.truth, label: negationRelation(textOf(p.a), textOf(p.b)) as string | undefined }));
  const labelled = served.map(asLabelled);
  return [
    ["baseline: cue words (reading-list roles)", "contradicts", scoreLabel(cue, "contradicts", "opposite sides")],
    ["baseline: one claim negated", "contradicts", scoreLabel(negation, "contradicts", "opposite sides")],
    ["served: relation on GET /related", "contradicts", scoreLabel(labelled, "contradicts", "opposite sides")],
    ["baseline: cue words (reading-list roles)", "supports", scoreLabel(cue, "supports", "same side")],
    ["served: relation on GET /related", "supports", scoreLabel(labelled, "supports", "same side")],
    ["served: relation on GET /related", "extends", scoreLabel(labelled, "extends", "same side")],
    ["served: relation on GET /related", "same", scoreLabel(labelled, "same", "same side")],
  ];
}

function printRows(rows: readonly Row[]): void {
  console.log(`${"labeller".padEnd(42)} ${"label".padEnd(12)} labelled  judged  precision  recall  (other debates)`);
  for (const [who, label, s] of rows) {
    console.log(`${who.padEnd(42)} ${label.padEnd(12)} ${String(s.labelled).padStart(8)}  ${String(s.judged).padStart(6)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  (${s.otherDebates})`);
  }
}

/** Every insight's related list, read over HTTP as a browser would, as unordered pairs (first reading wins). */
async function servedPairs(db: Database, ids: readonly InsightId[], claimsOf: ReadonlyMap<InsightId, LabelledClaim[]>): Promise<ServedPair[]> {
  const lists = await readServed(db, ids, (id) => `/api/insights/${id}/related?limit=${K}`, (_id, body) => GetRelated.response.parse(body).related);
  const pairs = new Map<string, ServedPair>();
  for (const a of ids) {
    for (const item of lists.get(a) ?? []) {
      if (item.id === a) throw new Error(`${a} is served as related to itself`);
      const key = a < item.id ? `${a} ${item.id}` : `${item.id} ${a}`;
      if (pairs.has(key)) continue;
      const [x, y] = [claimsOf.get(a) ?? [], claimsOf.get(item.id) ?? []];
      pairs.set(key, { a, b: item.id, relation: item.relation, truth: pairTruth(x, y), split: pairSplit(x, y) });
    }
  }
  return [...pairs.values()];
}

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const dataset = flag("--dataset");
if (!dataset) throw new Error("--dataset needs a file, e.g. ../shared/eval-data/perspectrum.dev.json");
await main(dataset, flag("--dump"), flag("--split"));
