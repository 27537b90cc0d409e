import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { findCorpus } from "../repositories/relatedCandidates";
import { findSimilarInsights } from "../repositories/similarInsights";
import type { InsightBatch } from "../repositories/insights";
import { type ClaimFingerprint, fingerprint, isNearDuplicate, lookupQuery, similarity } from "./nearDuplicates";

/** Earlier insights worded alike that are compared in full with each new claim. */
const CANDIDATES_PER_CLAIM = 5;

type Known = ClaimFingerprint & { readonly id: InsightId; readonly topics: readonly string[] };

/**
 * The batch with every near-duplicate claim (see isNearDuplicate) folded into the insight it
 * repeats, from the graph or from earlier in the batch: the claim's source gets a `FROM` link to
 * that insight, which keeps its own text and topics. Exact repeats share an id already.
 */
export async function mergeNearDuplicates(tx: ManagedTransaction, batch: InsightBatch): Promise<{ batch: InsightBatch; ids: InsightId[] }> {
  const topicsOf = new Map<InsightId, string[]>();
  for (const row of batch.about) topicsOf.set(row.insightId, [...(topicsOf.get(row.insightId) ?? []), row.slug]);
  const prints = batch.insights.map((row) => ({ ...fingerprint(row.text), id: row.id, topics: topicsOf.get(row.id) ?? [] }));
  const { termDf } = await findCorpus(tx, [...new Set(prints.flatMap((print) => [...print.words]))]);
  const probes = prints.flatMap((print, probe) => {
    const query = lookupQuery(print, (word) => termDf.get(word) ?? 0);
    return query ? [{ probe, query }] : [];
  });
  const similar = await findSimilarInsights(tx, probes, CANDIDATES_PER_CLAIM);
  const replaced = new Map<InsightId, InsightId>();
  const seen: Known[] = [];
  prints.forEach((print, probe) => {
    const stored = similar.filter((s) => s.probe === probe && s.id !== print.id).map((s) => ({ ...fingerprint(s.text), id: s.id, topics: s.topics }));
    const match = best(print, [...seen, ...stored]);
    if (match && match.id !== print.id) replaced.set(print.id, match.id);
    else seen.push(print);
  });
  const idOf = (id: InsightId) => replaced.get(id) ?? id;
  // Every claim's insight, in the batch's order (a page's headline stays first).
  const ids = [...new Set(batch.insights.map((row) => idOf(row.id)))];
  if (replaced.size === 0) return { batch, ids };
  const about = batch.about.filter((row) => !replaced.has(row.insightId));
  const slugs = new Set(about.map((row) => row.slug));
  const merged = {
    ...batch,
    insights: batch.insights.filter((row) => !replaced.has(row.id)),
    from: batch.from.map((row) => ({ ...row, insightId: idOf(row.insightId) })),
    about,
    // A topic only the folded claim had would be a node with no insights.
    topics: batch.topics.filter((row) => slugs.has(row.slug)),
  };
  return { batch: merged, ids };
}

function best(print: Known, known: readonly Known[]): Known | undefined {
  let chosen: Known | undefined;
  let score = 0;
  for (const other of known) {
    if (other.id === print.id || !isNearDuplicate(print, other)) continue;
    const s = similarity(print, other);
    if (s > score) [chosen, score] = [other, s];
  }
  return chosen;
}
