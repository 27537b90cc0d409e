import type { TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import type { InsightBatch } from "../repositories/insights";
import { type AliasedTopic, findAliasedTopics } from "../repositories/vocabulary";
import { phraseKey, type TopicName } from "./naming";

/** Topics by the phrase key of each of their names and aliases. */
export type AliasIndex = ReadonlyMap<string, TopicName>;

export function aliasIndexOf(topics: readonly AliasedTopic[]): AliasIndex {
  const index = new Map<string, TopicName>();
  for (const topic of topics) {
    for (const phrase of [topic.name, ...topic.aliases]) {
      const key = phraseKey(phrase);
      if (key && !index.has(key)) index.set(key, { slug: topic.slug, name: topic.name });
    }
  }
  return index;
}

/** The topic a typed name means: the one that lists it as a name or alias, else its own. */
export function foldTopic<T extends TopicName>(index: AliasIndex, topic: T): T {
  const known = index.get(topic.slug) ?? index.get(phraseKey(topic.name));
  return known ? { ...topic, slug: known.slug, name: known.name } : topic;
}

/**
 * Topics a person or a model typed ("OSS", "open weights"), folded onto the topic whose name or
 * aliases name them: the user's vocabulary file, renamed topics and earlier merges, read from the
 * graph, never a list in code. Two names of one topic on one insight become one link, at the higher weight.
 */
export async function foldTypedTopics<B extends Pick<InsightBatch, "topics" | "about">>(tx: ManagedTransaction, batch: B): Promise<B> {
  if (batch.topics.length === 0) return batch;
  const index = aliasIndexOf(await findAliasedTopics(tx));
  if (index.size === 0) return batch;
  const slugOf = new Map<TopicSlug, TopicSlug>();
  const topics = new Map<TopicSlug, B["topics"][number]>();
  for (const row of batch.topics) {
    const folded = foldTopic(index, row);
    slugOf.set(row.slug, folded.slug);
    if (!topics.has(folded.slug)) topics.set(folded.slug, folded);
  }
  const about = new Map<string, B["about"][number]>();
  for (const row of batch.about) {
    const slug = slugOf.get(row.slug) ?? row.slug;
    const key = `${row.insightId} ${slug}`;
    const seen = about.get(key);
    if (!seen || seen.weight < row.weight) about.set(key, { ...row, slug });
  }
  return { ...batch, topics: [...topics.values()], about: [...about.values()] };
}
