import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { findVectorIndexDimensions } from "../repositories/embeddings";
import type { InsightBatch } from "../repositories/insights";
import { findCorpus } from "../repositories/relatedCandidates";
import { findCloseInMeaning, findSimilarInsights } from "../repositories/similarInsights";
import { type ClaimFingerprint, fingerprint, isNearDuplicate, isSameClaimInMeaning, lookupQuery, similarity } from "./nearDuplicates";

/** Earlier insights worded alike, or nearest in meaning, that are compared in full with each new claim. */
const CANDIDATES_PER_CLAIM = 5;

/** The new claims' embeddings and the model's cosine for two unrelated texts, when embeddings are on. */
export interface ClaimMeaning {
  readonly vectors: ReadonlyMap<InsightId, readonly number[]>;
  readonly unrelatedCosine: number;
}

type Known = ClaimFingerprint & { readonly id: InsightId; readonly topics: readonly string[]; readonly vector?: readonly number[] };

/**
 * The batch with every near-duplicate claim folded into the insight it repeats, from the graph or
 * from earlier in the batch: the claim's source gets a `FROM` link to that insight, which keeps its
 * own text and topics ("said in N sources"). A near-duplicate is worded alike (isNearDuplicate) or,
 * with embeddings, the same claim in other words (isSameClaimInMeaning). Exact repeats share an id already.
 */
export async function mergeNearDuplicates(tx: ManagedTransaction, batch: InsightBatch, meaning?: ClaimMeaning): Promise<{ batch: InsightBatch; ids: InsightId[] }> {
  const topicsOf = new Map<InsightId, string[]>();
  for (const row of batch.about) topicsOf.set(row.insightId, [...(topicsOf.get(row.insightId) ?? []), row.slug]);
  const prints: Known[] = batch.insights.map((row) => ({
    ...fingerprint(row.text),
    id: row.id,
    topics: topicsOf.get(row.id) ?? [],
    ...(meaning?.vectors.get(row.id) && { vector: meaning.vectors.get(row.id) }),
  }));
  const { termDf } = await findCorpus(tx, [...new Set(prints.flatMap((print) => [...print.words]))]);
  const probes = prints.flatMap((print, probe) => {
    const query = lookupQuery(print, (word) => termDf.get(word) ?? 0);
    return query ? [{ probe, query }] : [];
  });
  const similar = await findSimilarInsights(tx, probes, CANDIDATES_PER_CLAIM);
  const close = await closeInMeaning(tx, prints);
  const replaced = new Map<InsightId, InsightId>();
  const seen: Known[] = [];
  prints.forEach((print, probe) => {
    const worded = similar.filter((s) => s.probe === probe && s.id !== print.id).map((s) => ({ ...fingerprint(s.text), id: s.id, topics: s.topics }));
    const meant = (close.get(print.id) ?? []).map((c) => ({ ...fingerprint(c.text), id: c.id, topics: c.topics, cosine: c.cosine }));
    const match = best(print, [...seen, ...worded], meant, meaning?.unrelatedCosine ?? 0);
    if (match && match !== print.id) replaced.set(print.id, match);
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

/** Stored insights nearest in meaning to each embedded claim; none when the index is missing or of another width. */
async function closeInMeaning(tx: ManagedTransaction, prints: readonly Known[]) {
  const anchors = prints.flatMap((print) => (print.vector ? [{ id: print.id, embedding: print.vector }] : []));
  const byAnchor = new Map<InsightId, Awaited<ReturnType<typeof findCloseInMeaning>>>();
  if (anchors.length === 0 || (await findVectorIndexDimensions(tx)) !== anchors[0]!.embedding.length) return byAnchor;
  for (const hit of await findCloseInMeaning(tx, anchors, CANDIDATES_PER_CLAIM)) byAnchor.set(hit.anchor, [...(byAnchor.get(hit.anchor) ?? []), hit]);
  return byAnchor;
}

/** The known claim this one repeats, the most alike first; claims earlier in the batch are compared by their vectors. */
function best(print: Known, known: readonly Known[], meant: readonly (Known & { cosine: number })[], floor: number): InsightId | undefined {
  let chosen: InsightId | undefined;
  let score = 0;
  const consider = (other: Known, same: boolean, s: number) => {
    if (other.id !== print.id && same && s > score) [chosen, score] = [other.id, s];
  };
  for (const other of known) {
    consider(other, isNearDuplicate(print, other), similarity(print, other));
    if (print.vector && other.vector) {
      const cosine = dot(print.vector, other.vector);
      consider(other, isSameClaimInMeaning(print, other, cosine, floor), cosine);
    }
  }
  for (const other of meant) consider(other, isSameClaimInMeaning(print, other, other.cosine, floor), other.cosine);
  return chosen;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length && i < b.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}
