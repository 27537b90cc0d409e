import { type Brief, type BriefQuery, briefLimits } from "@shared/api/brief";
import type { TopicSlug } from "@shared/ids";
import type { Database } from "../db";
import { readThemeCandidates } from "../readingLists/load";
import { findFeaturedBefore } from "../repositories/brief";
import { findFollowedTopics } from "../repositories/profile";
import { voiceDiversity } from "../readingLists/voices";
import { BRIEF_METHOD, rankBrief } from "./rank";

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export interface BriefOptions {
  readonly now: Date;
  /** Whose followed topics to use when the query names none. */
  readonly profile: string;
}

/**
 * The brief: the top insights of the given topics (else the followed ones) published since a date,
 * ranked by centrality, novelty and source diversity. Reading it writes nothing: novelty counts
 * the briefs stored by the schedule or `POST /api/brief/send` (server/brief/delivery.ts).
 */
export async function buildBrief(db: Database, query: BriefQuery, options: BriefOptions): Promise<Brief> {
  const today = isoDay(options.now);
  const since = query.since ?? isoDay(new Date(options.now.getTime() - briefLimits.sinceDays * DAY_MS));
  const named = query.topics && query.topics.length > 0 ? [...new Set(query.topics)] : null;

  const read = await db.read("brief", async (tx) => {
    const topics: TopicSlug[] = named ?? (await findFollowedTopics(tx, options.profile)).map((topic) => topic.slug);
    if (topics.length === 0) return null;
    const theme = { topics, q: null, from: since, to: null, sources: null, kinds: null, limit: query.limit };
    const candidates = await readThemeCandidates(tx, theme);
    const featured = await findFeaturedBefore(
      tx,
      candidates.insights.map((insight) => insight.id),
      today,
    );
    return { candidates, featured };
  });

  const base = { generatedAt: options.now.toISOString(), since, followed: named === null, method: BRIEF_METHOD };
  if (!read) return { ...base, topics: [], items: [], voices: voiceDiversity([]) };
  const items = rankBrief(read.candidates, read.featured, query.limit);
  const topics = read.candidates.themeTopics.map(({ slug, name }) => ({ slug, name }));
  return { ...base, topics, items, voices: voiceDiversity(items) };
}
