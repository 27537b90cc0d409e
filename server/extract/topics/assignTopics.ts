import type { TopicSlug } from "@shared/ids";
import { canNameTopic, normaliseTopic, taxonomyTopic } from "@shared/topics/normalise";
import type { TopicAssignment } from "../types";
import { keyPhrases } from "./keyPhrases";
import { findTopicMentions } from "./taxonomyMentions";

const MAX_TOPICS = 5;
// Key phrases are guesses, so even the best one weighs less than a curated match.
const KEY_PHRASE_WEIGHTS = [0.7, 0.5] as const;

const round = (n: number): number => Math.round(n * 100) / 100;

function fromTaxonomy(text: string): TopicAssignment[] {
  const scores = new Map<TopicSlug, { score: number; first: number }>();
  for (const mention of findTopicMentions(text)) {
    // A longer alias ("open-weight models") is stronger evidence than a single word ("chip"),
    // and repeats add less than the first mention, so one topic named three ways does not
    // crowd out the one the sentence is about.
    const evidence = 1 + 0.25 * (mention.length - 1);
    const seen = scores.get(mention.slug);
    if (seen) seen.score += evidence / 2;
    else scores.set(mention.slug, { score: evidence, first: mention.start });
  }
  const best = Math.max(0, ...[...scores.values()].map((s) => s.score));
  return [...scores.entries()]
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .slice(0, MAX_TOPICS)
    .map(([slug, { score }]) => ({
      slug,
      name: taxonomyTopic(slug)?.name ?? slug,
      weight: round(0.5 + (0.5 * score) / best),
    }));
}

function fromKeyPhrases(text: string): TopicAssignment[] {
  const assigned = new Map<TopicSlug, TopicAssignment>();
  for (const phrase of keyPhrases(text, 4)) {
    if (!canNameTopic(phrase)) continue;
    const weight = KEY_PHRASE_WEIGHTS[assigned.size];
    if (weight === undefined) break;
    const topic = normaliseTopic(phrase);
    if (!assigned.has(topic.slug)) assigned.set(topic.slug, { ...topic, weight });
  }
  return [...assigned.values()];
}

/**
 * The topics an insight is about, most central first: 1 to 5 curated topics found through their
 * aliases, or, when the taxonomy knows none of them, up to two key phrases of the text as new
 * topics. Empty only for a text with no nouns at all.
 */
export function assignTopics(text: string): TopicAssignment[] {
  const curated = fromTaxonomy(text);
  return curated.length > 0 ? curated : fromKeyPhrases(text);
}
