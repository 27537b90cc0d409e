import type { InsightId, TopicSlug } from "@shared/ids";
import type { TopicRef } from "@shared/schemas/entities";
import { pairKey } from "./strength";
import type { ThemeTopic, TopicLink, WeightedTopic } from "../repositories/themeRows";

/** A topic joins a sub-theme when it co-occurs this strongly (Jaccard) with one of its topics. */
const NEIGHBOUR_MIN = 0.2;
const MAX_SUB_THEMES = 6;

export interface Groupable {
  readonly id: InsightId;
  readonly topics: readonly WeightedTopic[];
  readonly strength: number;
}

export interface Group<T> {
  /** Null for the theme's own section: items about nothing but the theme's topics. */
  readonly topics: readonly TopicRef[] | null;
  readonly items: readonly T[];
}

export interface TopicGraph {
  readonly themeTopics: readonly TopicSlug[];
  readonly topics: readonly ThemeTopic[];
  readonly topicLinks: readonly TopicLink[];
  /** Best RELATED_TO score per insight pair (see `pairScores`). */
  readonly pairs: ReadonlyMap<string, number>;
}

/**
 * Groups items into sub-themes: by topic community when communities are computed and tell the
 * theme's topics apart, else by neighbouring topics (CO_OCCURS). Each item goes to the sub-theme
 * holding most of its topic weight; one that stands alone joins the sub-theme it is most related
 * to. The theme's own section comes first, then sub-themes by their summed strength.
 */
export function groupIntoSections<T extends Groupable>(items: readonly T[], graph: TopicGraph): Group<T>[] {
  const theme = new Set(graph.themeTopics);
  const coverage = new Map<TopicSlug, number>();
  for (const item of items) {
    for (const topic of item.topics) {
      if (!theme.has(topic.slug)) coverage.set(topic.slug, (coverage.get(topic.slug) ?? 0) + topic.weight);
    }
  }
  const subTopics = [...coverage.keys()].sort((a, b) => coverage.get(b)! - coverage.get(a)! || a.localeCompare(b));
  const groupOf = byCommunity(subTopics, graph.topics) ?? byNeighbours(subTopics, graph.topicLinks);

  const members = new Map<number, T[]>();
  const core: T[] = [];
  for (const item of items) {
    const group = heaviestGroup(item, groupOf);
    if (group === null) core.push(item);
    else members.set(group, [...(members.get(group) ?? []), item]);
  }
  foldLoneItems(members, core, graph.pairs);

  const names = new Map(graph.topics.map((topic) => [topic.slug, topic.name]));
  const strength = (group: readonly T[]) => group.reduce((sum, item) => sum + item.strength, 0);
  const groups = [...members.values()]
    .sort((a, b) => strength(b) - strength(a) || a[0]!.id.localeCompare(b[0]!.id))
    .map((group) => ({ topics: topicsOf(group, theme, names), items: group }));
  return core.length > 0 ? [{ topics: null, items: core }, ...groups] : groups;
}

/** Community ids as groups, when every sub-topic has one and they split into two groups or more. */
function byCommunity(subTopics: readonly TopicSlug[], topics: readonly ThemeTopic[]): Map<TopicSlug, number> | null {
  const community = new Map(topics.map((topic) => [topic.slug, topic.community]));
  const ids = subTopics.map((slug) => community.get(slug) ?? null);
  if (ids.some((id) => id === null) || new Set(ids).size < 2) return null;
  const numbers = new Map<string, number>();
  const groupOf = new Map<TopicSlug, number>();
  subTopics.forEach((slug, i) => {
    const id = ids[i]!;
    if (!numbers.has(id)) numbers.set(id, numbers.size);
    groupOf.set(slug, numbers.get(id)!);
  });
  return groupOf;
}

/**
 * Neighbouring topics as groups: the most covered topics seed sub-themes; each other topic joins
 * the sub-theme it co-occurs with most, or seeds its own while there is room.
 */
function byNeighbours(subTopics: readonly TopicSlug[], links: readonly TopicLink[]): Map<TopicSlug, number> {
  const weight = new Map(links.map((link) => [link.a < link.b ? `${link.a}|${link.b}` : `${link.b}|${link.a}`, link.weight]));
  const between = (a: TopicSlug, b: TopicSlug) => weight.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? 0;
  const groups: TopicSlug[][] = [];
  const groupOf = new Map<TopicSlug, number>();
  for (const slug of subTopics) {
    let best = -1;
    let bestWeight = 0;
    groups.forEach((group, index) => {
      const w = Math.max(...group.map((member) => between(slug, member)));
      if (w > bestWeight) [best, bestWeight] = [index, w];
    });
    if (best >= 0 && (bestWeight >= NEIGHBOUR_MIN || groups.length >= MAX_SUB_THEMES)) {
      groups[best]!.push(slug);
      groupOf.set(slug, best);
    } else if (groups.length < MAX_SUB_THEMES) {
      groupOf.set(slug, groups.push([slug]) - 1);
    }
  }
  return groupOf;
}

function heaviestGroup(item: Groupable, groupOf: ReadonlyMap<TopicSlug, number>): number | null {
  const weights = new Map<number, number>();
  for (const topic of item.topics) {
    const group = groupOf.get(topic.slug);
    if (group !== undefined) weights.set(group, (weights.get(group) ?? 0) + topic.weight);
  }
  // Groups are numbered by coverage, so on a tie the better covered sub-theme wins.
  const ranked = [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked[0]?.[0] ?? null;
}

/** A sub-theme of one item is no section: it joins the group it is most related to, else the theme's own. */
function foldLoneItems<T extends Groupable>(members: Map<number, T[]>, core: T[], pairs: ReadonlyMap<string, number>): void {
  for (const [group, items] of [...members]) {
    if (items.length > 1 || members.size + (core.length > 0 ? 1 : 0) <= 1) continue;
    const lone = items[0]!;
    members.delete(group);
    let target: T[] = core;
    let best = 0;
    for (const other of [...members.values(), core]) {
      const linked = other.reduce((sum, item) => sum + (pairs.get(pairKey(lone.id, item.id)) ?? 0), 0);
      if (linked > best) [target, best] = [other, linked];
    }
    target.push(lone);
  }
}

/** A section's topics: its items' topics outside the theme, most covered first (at most four). */
export function topicsOf(items: readonly Pick<Groupable, "topics">[], theme: ReadonlySet<TopicSlug>, names: ReadonlyMap<TopicSlug, string>): TopicRef[] {
  const weight = new Map<TopicSlug, number>();
  for (const item of items) {
    for (const topic of item.topics) if (!theme.has(topic.slug)) weight.set(topic.slug, (weight.get(topic.slug) ?? 0) + topic.weight);
  }
  return [...weight]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([slug]) => ({ slug, name: names.get(slug) ?? slug }));
}
