import type { InsightId } from "@shared/ids";
import type { Database } from "../../../server/db";
import { sourceIdOf } from "../../../server/ingest/ids";
import { ingestInsights } from "../../../server/ingest/ingest";
import { findInsightIdsOfSources } from "../../../server/repositories/sourceInsights";
import { type PooledScores, scorePooled } from "./pooled";
import { type LabelledClaim, normalisedText, readPublicSet } from "./publicSet";
import { tfidfRanker } from "./tfidf";
import { readServed } from "../served";
import { withEvalGraph } from "../temporaryGraph";

const K = 10;
const BATCH = 500;

/**
 * `npm run eval:related -- --dataset <file>`: the claims of a public labelled set go through the
 * product's real path (each claim a note of its own, ingested in batches with topics, embeddings,
 * near-duplicate merging and incremental related lists) into a private Neo4j; the lists the HTTP
 * API serves are then scored with the set's pooled measure, beside the plain TF-IDF baseline
 * computed in the same run over the same pool. With `split` ("dev"), the rows are printed again
 * for the queries of that official split's debates only (the pool is still every claim).
 */
export async function evaluateDataset(path: string, split?: string): Promise<void> {
  const { name, claims } = await readPublicSet(path);
  await withEvalGraph(async (db, embeddings) => {
    const sourceOf = claims.map((claim) => ({ title: claim.key, url: `urn:eval:${claim.key}` }));
    const started = Date.now();
    for (let start = 0; start < claims.length; start += BATCH) {
      const items = claims.slice(start, start + BATCH).map((claim, i) => ({ text: claim.text, source: sourceOf[start + i]! }));
      await ingestInsights(db, items, { relatedK: K, ...(embeddings && { embeddings }) });
      process.stderr.write(`\ringested ${Math.min(start + BATCH, claims.length)} / ${claims.length}`);
    }
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write("\n");

    const sourceIds = sourceOf.map((source) => sourceIdOf(source));
    const insightsOf = await db.read("eval", (tx) => findInsightIdsOfSources(tx, sourceIds));
    const insightOfClaim = sourceIds.map((id) => insightsOf.get(id)?.[0]);
    const claimsOfInsight = new Map<InsightId, number[]>();
    insightOfClaim.forEach((id, i) => id && claimsOfInsight.set(id, [...(claimsOfInsight.get(id) ?? []), i]));
    const served = await servedLists(db, [...claimsOfInsight.keys()]);

    // A claim merged into another's insight is shown on that insight's page ("said in N sources"),
    // so it comes first; then the claims of each related insight, in the order served.
    const servedRanking = (q: number): number[] => {
      const own = insightOfClaim[q];
      if (!own) return [];
      return [...(claimsOfInsight.get(own) ?? []), ...(served.get(own) ?? []).flatMap((id) => claimsOfInsight.get(id) ?? [])];
    };
    const tfidf = tfidfRanker(claims.map((c) => c.text));
    const merged = claims.length - claimsOfInsight.size;
    console.log(`${name}: ${claims.length} claims → ${claimsOfInsight.size} insights (${merged} merged as near-duplicates), ingested in ${seconds.toFixed(0)} s; embeddings: ${embeddings?.embedder.model ?? "none"}`);
    const rowsFor = (asks: (claim: LabelledClaim) => boolean): [string, PooledScores][] => {
      const rows: [string, PooledScores][] = [
        ["baseline: plain TF-IDF cosine (exhaustive)", scorePooled(claims, (q) => tfidf(q, 40), undefined, asks)],
        ["served: GET /api/insights/:id/related", scorePooled(claims, servedRanking, undefined, asks)],
      ];
      if (claims.some((c) => c.paraphrase)) {
        const original = (c: LabelledClaim) => !c.paraphrase;
        rows.push(
          ["baseline, crowd paraphrases left out", scorePooled(claims, (q) => tfidf(q, 80), original, asks)],
          ["served, crowd paraphrases left out", scorePooled(claims, servedRanking, original, asks)],
        );
      }
      return rows;
    };
    console.log("\nall queries:");
    printRows(rowsFor(() => true));
    if (split) {
      console.log(`\nqueries of ${split}-split debates only (the pool is still every claim):`);
      printRows(rowsFor((c) => c.split === split));
    }
    printMerges(claims, insightOfClaim);
  });
}

/** Every insight's related list, read over HTTP from the app as a user's browser would. */
const servedLists = (db: Database, ids: readonly InsightId[]) =>
  readServed(db, ids, (id) => `/api/insights/${id}/related?limit=${K}`, (_id, body) => (body as { related: { id: InsightId }[] }).related.map((r) => r.id));

/** Rows come in pairs, each baseline before the served figures it is compared with. */
function printRows(rows: readonly [string, PooledScores][]): void {
  let base = rows[0]![1].precisionAt5;
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`\n${"ranking".padEnd(width)}  queries  P@5    R@10   MAP@10  P@5 vs TF-IDF`);
  for (const [name, s] of rows) {
    if (name.startsWith("baseline")) base = s.precisionAt5;
    console.log(`${name.padEnd(width)}  ${String(s.queries).padStart(7)}  ${s.precisionAt5.toFixed(3)}  ${s.recallAt10.toFixed(3)}  ${s.mapAt10.toFixed(3)}   ${(s.precisionAt5 / base).toFixed(2)}x`);
  }
}

/** Merged claims judged by the groups: a merge is right when the two claims make the same point. */
function printMerges(claims: readonly LabelledClaim[], insightOf: readonly (InsightId | undefined)[]): void {
  const members = new Map<InsightId, number[]>();
  insightOf.forEach((id, i) => id && members.set(id, [...(members.get(id) ?? []), i]));
  let pairs = 0;
  let right = 0;
  for (const list of members.values()) {
    for (let a = 0; a < list.length; a += 1) {
      for (let b = a + 1; b < list.length; b += 1) {
        const [x, y] = [claims[list[a]!]!, claims[list[b]!]!];
        if (normalisedText(x.text) === normalisedText(y.text)) continue;
        pairs += 1;
        if (x.id === y.id || x.groups.some((g) => y.groups.includes(g))) right += 1;
      }
    }
  }
  const paraphrases = claims.filter((c) => c.paraphrase && c.groups.length > 0);
  const joined = paraphrases.filter((c) => {
    const i = claims.indexOf(c);
    return (members.get(insightOf[i]!) ?? []).some((j) => j !== i && claims[j]!.groups.some((g) => c.groups.includes(g)));
  });
  console.log(`\nnear-duplicate merges: ${pairs} merged pairs of different wording, ${pairs ? ((right / pairs) * 100).toFixed(1) : "-"}% right (one labelled group, or one claim of the set)`);
  if (paraphrases.length > 0) {
    console.log(`crowd paraphrases merged with a member of their cluster: ${joined.length} of ${paraphrases.length} (${((joined.length / paraphrases.length) * 100).toFixed(1)}%)`);
  }
}
