import type { Theme } from "@shared/api/readingListDocument";
import type { TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { notFound } from "../errors";
import { findInsightIdsMatching, findLinksAmong, findThemeInsights, findTopicsAmong } from "../repositories/theme";
import type { ThemeCandidates } from "../repositories/themeRows";

/** More candidates than the list will hold: folding and sub-themes need the neighbourhood. */
const candidateCount = (limit: number) => Math.min(1_000, Math.max(200, limit * 5));
const MAX_SEARCH_HITS = 5_000;

/** The theme's candidates, their links and their topics, in the caller's read transaction. */
export async function readThemeCandidates(tx: ManagedTransaction, theme: Theme): Promise<ThemeCandidates> {
  const matching = theme.q ? await findInsightIdsMatching(tx, theme.q, MAX_SEARCH_HITS) : null;
  const insights = await findThemeInsights(tx, {
    topics: theme.topics,
    matching,
    from: theme.from,
    to: theme.to,
    sources: theme.sources,
    kinds: theme.kinds,
    candidates: candidateCount(theme.limit),
  });
  const links = await findLinksAmong(
    tx,
    insights.map((insight) => insight.id),
  );
  const slugs = new Set<TopicSlug>(theme.topics);
  for (const insight of insights) for (const topic of insight.topics) slugs.add(topic.slug);
  const { topics, links: topicLinks } = await findTopicsAmong(tx, [...slugs]);

  const known = new Map(topics.map((topic) => [topic.slug, topic]));
  const missing = theme.topics.find((slug) => !known.has(slug));
  if (missing) throw notFound(`Topic ${missing}`);
  const themeTopics = theme.topics.map((slug) => known.get(slug)!);
  const theirs = new Set<string>(theme.topics);
  return { themeTopics, insights, links, topics: topics.filter((topic) => !theirs.has(topic.slug)), topicLinks };
}
