import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../../db";
import { type ClaimFingerprint, fingerprint, isNearDuplicate, lookupQuery, similarity } from "../../ingest/nearDuplicates";
import { findCorpus } from "../../repositories/relatedCandidates";
import { findSimilarInsights } from "../../repositories/similarInsights";

/** Earlier insights worded alike that are compared in full with each new claim. */
const CANDIDATES_PER_CLAIM = 5;

type Known = ClaimFingerprint & { readonly id: InsightId; readonly topics: readonly string[] };

export interface NewClaim {
  readonly id: InsightId;
  readonly text: string;
  readonly topics: readonly string[];
}

/**
 * Which new claims repeat an insight in other words (see isNearDuplicate): each maps to the one it
 * repeats, found in the graph or earlier in the batch (the batch's order: a page's headline stays
 * first). Insights still waiting at `stage` are not compared with: they were not checked themselves.
 */
export async function findNearDuplicateFolds(tx: ManagedTransaction, claims: readonly NewClaim[], stage: string): Promise<Map<InsightId, InsightId>> {
  const prints = claims.map((claim) => ({ ...fingerprint(claim.text), id: claim.id, topics: claim.topics }));
  const { termDf } = await findCorpus(tx, [...new Set(prints.flatMap((print) => [...print.words]))]);
  const probes = prints.flatMap((print, probe) => {
    const query = lookupQuery(print, (word) => termDf.get(word) ?? 0);
    return query ? [{ probe, query }] : [];
  });
  const similar = await findSimilarInsights(tx, probes, CANDIDATES_PER_CLAIM, stage);
  const folds = new Map<InsightId, InsightId>();
  const seen: Known[] = [];
  prints.forEach((print, probe) => {
    const stored = similar.filter((s) => s.probe === probe && s.id !== print.id).map((s) => ({ ...fingerprint(s.text), id: s.id, topics: s.topics }));
    const match = best(print, [...seen, ...stored]);
    if (match && match.id !== print.id) folds.set(print.id, match.id);
    else seen.push(print);
  });
  return folds;
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
