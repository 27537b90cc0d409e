import type { DailyBrief, DailyBriefItem } from "@shared/api/dailyBrief";
import type { Database } from "../db";
import { findBestCandidates, findLastBriefTime, findNewSourceCandidates, findTopRelated } from "../repositories/dailyBriefs";
import { findFollowedTopics } from "../repositories/profile";
import { voiceDiversity } from "../readingLists/voices";
import { DAILY_METHOD, rankDaily } from "./dailyRank";

const CANDIDATES = 1_000;
const RELATED_PER_ITEM = 3;
const DAY_MS = 86_400_000;

/** A date's day in the server's time zone, `YYYY-MM-DD`: briefs are daily in the reader's day. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface DailyBriefOptions {
  readonly now: Date;
  readonly profile: string;
  readonly size: number;
  /** Where the explorer is served, for the links to each insight's page. */
  readonly appUrl: string;
}

const names = (topics: readonly { name: string }[]) => topics.map((t) => t.name).join(", ");

/**
 * The day's brief: the top insights of the sources ingested since the last brief (the first
 * brief looks back a day), followed topics first; when no source is new, the graph's best not sent
 * before. The note says which, and why a brief is empty.
 */
export async function buildDailyBrief(db: Database, options: DailyBriefOptions): Promise<Omit<DailyBrief, "delivery">> {
  const today = localDay(options.now);
  const read = await db.read("dailyBrief", async (tx) => {
    const last = await findLastBriefTime(tx, today);
    const since = last ?? new Date(options.now.getTime() - DAY_MS).toISOString();
    const fresh = await findNewSourceCandidates(tx, { since, profile: options.profile, today, limit: CANDIDATES });
    const unsent = fresh.filter((c) => !c.featured);
    const best = unsent.length === 0 ? await findBestCandidates(tx, { profile: options.profile, today, limit: CANDIDATES }) : [];
    const follows = await findFollowedTopics(tx, options.profile);
    return { last, since, fresh, best, follows };
  });
  const basis = read.fresh.some((c) => !c.featured) ? "new-sources" : read.best.some((c) => !c.featured) ? "best-of-graph" : "empty";
  const ranked = rankDaily(basis === "new-sources" ? read.fresh : read.best, options.size);
  const related = ranked.length === 0 ? [] : await db.read("briefRelated", (tx) => findTopRelated(tx, ranked.map((r) => r.candidate.id), RELATED_PER_ITEM));
  const page = (id: string) => `${options.appUrl.replace(/\/+$/, "")}/insights/${id}`;

  const items: DailyBriefItem[] = ranked.map(({ candidate, score }) => ({
    id: candidate.id as DailyBriefItem["id"],
    text: candidate.text,
    quote: candidate.quote,
    startSec: candidate.startSec,
    url: page(candidate.id),
    source: candidate.source,
    topics: candidate.topics as DailyBriefItem["topics"],
    speakers: candidate.speakers,
    followed: candidate.followed,
    score,
    related: related.filter((r) => r.of === candidate.id).map((r) => ({ id: r.id as DailyBriefItem["id"], text: r.text, reason: r.reason, score: r.score, url: page(r.id) })),
  }));

  const window = read.last ? `since the last brief (${read.last.slice(0, 16).replace("T", " ")} UTC)` : "in the last day";
  const newSources = new Set(read.fresh.map((c) => c.sourceId)).size;
  const followedNew = read.fresh.filter((c) => c.followed && !c.featured).length;
  let note: string;
  if (basis === "new-sources") {
    note = `${newSources} ${newSources === 1 ? "source" : "sources"} arrived ${window}; these are their top ${items.length} insights.`;
    if (read.follows.length > 0 && followedNew === 0) note += ` None of them is about a topic you follow (${names(read.follows)}), so the strongest new insights are shown instead.`;
  } else if (basis === "best-of-graph") {
    note = `No new source arrived ${window}, so these are the graph's strongest insights that no brief has sent yet${read.follows.length > 0 ? `, your followed topics (${names(read.follows)}) first` : ""}. Follow a podcast on the Feeds page to get new ones every day.`;
  } else {
    note = read.fresh.length + read.best.length === 0
      ? "Empty: the graph holds no insights yet. Follow a podcast on the Feeds page, or ingest a source, and tomorrow's brief will have them."
      : `Empty: no new source arrived ${window}, and every insight worth sending has been in an earlier brief.`;
  }
  return { id: today, generatedAt: options.now.toISOString(), since: read.since, basis, note, method: DAILY_METHOD, items, voices: voiceDiversity(items) };
}
