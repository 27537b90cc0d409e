import { readingListSchemaName, type ReadingListDocument, type ReadingListItem, type Theme } from "@shared/api/readingListDocument";
import type { Crux } from "@shared/api/speakers";
import type { TopicRef } from "@shared/schemas/entities";
import { orderAsArgument } from "./argument";
import { foldNearDuplicates } from "./duplicates";
import { toEntry } from "./entries";
import { groupIntoSections } from "./sections";
import { pairRelations, pairScores, strengths } from "./strength";
import { voiceDiversity } from "./voices";
import type { CandidateInsight, ThemeInsightRow, ThemeCandidates } from "../repositories/themeRows";

export const READING_LIST_METHOD =
  "Strength = 0.6 × centrality in the theme (summed related-insight scores among the theme's insights, " +
  "scaled so the most connected is 1) + 0.4 × topical fit (mean topic weight over the theme's topics). " +
  "Near-duplicates (most content words shared) are folded into their strongest wording. Sections are " +
  "sub-themes: topic communities when computed, else neighbouring topics (co-occurrence). Within a " +
  "section the strongest claim opens, then each claim follows the one it is most related to: what " +
  "extends it, then what contrasts it: by the pair's typed relation when it has one (contradicts, " +
  "supports, extends, same claim), else by cue words such as 'however', 'but'.";

interface Scored extends CandidateInsight {
  readonly strength: number;
  readonly folded: readonly ThemeInsightRow[];
}

/**
 * A reading list for a theme from its candidates and its topics' cruxes (read with them): pure, so
 * the same graph gives the same list.
 */
export function buildReadingList(candidates: ThemeCandidates, cruxes: readonly Crux[], theme: Theme, now: Date): ReadingListDocument {
  const strength = strengths(candidates.insights, candidates.links);
  const ranked = candidates.insights
    .map((insight) => ({ ...insight, strength: strength.get(insight.id) ?? 0 }))
    .sort((a, b) => b.strength - a.strength || b.fit - a.fit || a.id.localeCompare(b.id));
  const chosen: Scored[] = foldNearDuplicates(ranked)
    .slice(0, theme.limit)
    .map(({ kept, folded }) => ({ ...kept, folded }));

  const pairs = pairScores(candidates.links);
  const groups = groupIntoSections(chosen, {
    themeTopics: candidates.themeTopics.map((topic) => topic.slug),
    topics: [...candidates.themeTopics, ...candidates.topics],
    topicLinks: candidates.topicLinks,
    pairs,
  });
  const topics = candidates.themeTopics.map(({ slug, name }) => ({ slug, name }));
  const sections = groups.map((group) => ({
    title: group.topics ? sectionTitle(group.topics) : themeName(topics),
    topics: group.topics ?? [],
    items: orderAsArgument(group.items, pairs, pairRelations(candidates.links)).map(
      ({ item, role, respondsTo, relation }): ReadingListItem => ({
        ...toEntry(item, item.folded),
        role,
        respondsTo,
        ...(relation ? { relation } : {}),
        strength: item.strength,
      }),
    ),
  }));
  return {
    schema: readingListSchemaName,
    title: `Reading list: ${themeName(topics)}`,
    topics,
    theme,
    generatedAt: now.toISOString(),
    method: READING_LIST_METHOD,
    sections,
    voices: voiceDiversity(sections.flatMap((section) => section.items)),
    cruxes,
    saved: null,
  };
}

/** "Sovereign AI", "Sovereign AI and open source", "A, B and C". */
export function themeName(topics: readonly TopicRef[]): string {
  const names = topics.map((topic) => topic.name);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** "Fine-tuning · AI compute": a dot, since topic names often hold an "and" of their own. */
const sectionTitle = (topics: readonly TopicRef[]) => topics.slice(0, 2).map((topic) => topic.name).join(" · ");
