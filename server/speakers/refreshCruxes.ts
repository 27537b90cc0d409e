import type { InsightId, TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { type CruxPairRow, type ListedCruxRow, findCruxPairsOf, findListedCruxes, relistCruxCandidates } from "../repositories/cruxCandidates";
import { touchGraphVersion } from "../repositories/graphVersion";
import { MAX_CRUXES } from "./cruxes";

/** Candidates a topic keeps: enough that pairs of one speaker against themselves can be passed over. */
export const CRUX_CANDIDATES = MAX_CRUXES * 10;

/** Lists the topics' crux candidates afresh: for changes that move many claims at once (curation, deletion). */
export async function relistTopicCruxes(tx: ManagedTransaction, slugs: readonly TopicSlug[]): Promise<void> {
  await relistCruxCandidates(tx, [...new Set(slugs)], CRUX_CANDIDATES);
}

/**
 * Keeps the crux lists right after the given insights changed (their relations relabelled, their
 * related lists recomputed, a speaker or a folded claim added): only the topics whose list no
 * longer matches the graph are listed afresh, in the caller's transaction. A list that changes
 * moves the graph version, so cached cruxes (routes/speakers.ts) are read again.
 */
export async function refreshCruxesAround(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<void> {
  if (ids.length === 0) return;
  const stale = staleCruxTopics(await findListedCruxes(tx, ids), await findCruxPairsOf(tx, ids), CRUX_CANDIDATES);
  if (stale.length === 0) return;
  await relistCruxCandidates(tx, stale, CRUX_CANDIDATES);
  await touchGraphVersion(tx);
}

/**
 * Which topics' lists may differ from their best `cap` pairs: a listed pair that no longer holds
 * (relabelled, its edge gone, re-scored), or a pair not listed that belongs in it (the list has
 * room, so it held every pair, or the pair outranks its last). A pair outside a full list that
 * stopped contradicting changes nothing: every pair outside ranks below the last listed.
 */
export function staleCruxTopics(listed: readonly ListedCruxRow[], pairs: readonly CruxPairRow[], cap: number): TopicSlug[] {
  const lists = new Map<TopicSlug, ListedCruxRow[]>();
  for (const row of listed) lists.set(row.slug, [...(lists.get(row.slug) ?? []), row]);
  const stale = new Set<TopicSlug>();
  for (const [slug, rows] of lists) if (rows.some((row) => !row.holds)) stale.add(slug);
  for (const pair of pairs) {
    if (stale.has(pair.slug)) continue;
    const rows = lists.get(pair.slug) ?? [];
    if (rows.some((row) => row.from === pair.from && row.to === pair.to)) continue;
    const last = [...rows].sort(byRank).at(-1);
    if (rows.length < cap || !last || byRank(pair, last) < 0) stale.add(pair.slug);
  }
  return [...stale].sort();
}

/** The list's order (cruxOrder in the repository): confidence, then score, high first; ids break ties. */
export function byRank(x: CruxPairRow, y: CruxPairRow): number {
  return y.confidence - x.confidence || y.score - x.score || compare(x.from, y.from) || compare(x.to, y.to);
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
