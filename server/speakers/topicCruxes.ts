import type { Crux } from "@shared/api/speakers";
import type { TopicSlug } from "@shared/ids";
import type { Database } from "../db";
import { findCruxCandidates } from "../repositories/cruxes";
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
  const cruxes = pickCruxes(first);
  if (cruxes.length === MAX_CRUXES || first.length < FIRST_LOOK) return cruxes;
  return pickCruxes((await read(CRUX_CANDIDATES)) ?? []);
}
