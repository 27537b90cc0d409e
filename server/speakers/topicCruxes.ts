import type { Crux } from "@shared/api/speakers";
import type { InsightId, TopicSlug } from "@shared/ids";
import type { Database, ManagedTransaction } from "../db";
import { type CruxCandidate, findCruxCandidates, findThemeCruxCandidates } from "../repositories/cruxes";
import { MAX_CRUXES, pickCruxes } from "./cruxes";
import { CRUX_CANDIDATES } from "./refreshCruxes";

/** Candidates read first: three cruxes are nearly always among the strongest few, and each costs its sides' speakers and sources. */
const FIRST_LOOK = MAX_CRUXES * 3;

/**
 * A topic's cruxes, null for an unknown topic. The picking is greedy in rank order, so when the
 * first few candidates give three cruxes, the whole list gives the same three; only when they do
 * not (pairs of one speaker against themselves, one claim twice) is the rest of the list read.
 */
export async function findTopicCruxes(db: Database, slug: TopicSlug): Promise<Crux[] | null> {
  const read = (limit: number) => db.read("topicCruxes", (tx) => findCruxCandidates(tx, slug, limit));
  const first = await read(FIRST_LOOK);
  if (!first) return null;
  return pickFirstLook(first, async () => (await read(CRUX_CANDIDATES)) ?? []);
}

/**
 * A theme's cruxes, in the caller's read: its topics' candidate lists merged in one ranking, so
 * the three are the theme's sharpest whichever topic lists them, and a pair two topics share is
 * one crux. An unknown topic has no list and adds nothing. `within`, for a list narrowed by a
 * search, dates, sources or kinds: only cruxes whose two claims both pass, so the section never
 * quotes a source the reader filtered out (the whole lists are read then: they are short).
 */
export async function readThemeCruxes(tx: ManagedTransaction, slugs: readonly TopicSlug[], within?: ReadonlySet<InsightId>): Promise<Crux[]> {
  const topics = [...new Set(slugs)];
  const read = (limit: number) => findThemeCruxCandidates(tx, topics, limit);
  if (within) {
    const all = await read(CRUX_CANDIDATES * topics.length);
    return pickCruxes(all.filter((candidate) => candidate.sides.every((side) => within.has(side.id))));
  }
  return pickFirstLook(await read(FIRST_LOOK), () => read(CRUX_CANDIDATES * topics.length));
}

/** The cruxes of the first look, or of every candidate when the first look held too few and there are more. */
async function pickFirstLook(first: readonly CruxCandidate[], readAll: () => Promise<readonly CruxCandidate[]>): Promise<Crux[]> {
  const cruxes = pickCruxes(first);
  if (cruxes.length === MAX_CRUXES || first.length < FIRST_LOOK) return cruxes;
  return pickCruxes(await readAll());
}
