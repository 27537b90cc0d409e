import type { TopicSlug } from "@shared/ids";
import { canNameTopic, normaliseTopic } from "@shared/topics/normalise";
import { keyPhrases } from "../../../server/extract/topics/keyPhrases";
import type { TopicAssignment } from "../../../server/extract/types";
import { EXAMPLE_VOCABULARY } from "../../../server/topics/applyVocabulary";
import { findMentionSpans, type MentionPattern, mentionPatterns } from "../../../server/topics/mentions";
import { type Vocabulary, readVocabulary } from "../../../server/topics/vocabulary";

const MAX_TOPICS = 5;
// Key phrases are guesses, so even the best one weighs less than a listed topic's match.
const KEY_PHRASE_WEIGHTS = [0.7, 0.5] as const;

const round = (n: number): number => Math.round(n * 100) / 100;

/** Topics a text names through a list's aliases, the most mentioned first. */
function fromList(text: string, patterns: ReadonlyMap<string, readonly MentionPattern[]>, nameOf: ReadonlyMap<TopicSlug, string>): TopicAssignment[] {
  const scores = new Map<TopicSlug, { score: number; first: number }>();
  for (const mention of findMentionSpans(text, patterns)) {
    // A longer alias ("open-weight models") is stronger evidence than a single word ("chip"),
    // and repeats add less than the first mention.
    const evidence = 1 + 0.25 * (mention.length - 1);
    const seen = scores.get(mention.slug);
    if (seen) seen.score += evidence / 2;
    else scores.set(mention.slug, { score: evidence, first: mention.start });
  }
  const best = Math.max(0, ...[...scores.values()].map((s) => s.score));
  return [...scores.entries()]
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .slice(0, MAX_TOPICS)
    .map(([slug, { score }]) => ({ slug, name: nameOf.get(slug) ?? slug, weight: round(0.5 + (0.5 * score) / best) }));
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

export type OldPath = (text: string) => TopicAssignment[];

/**
 * The path topics took before discovery, kept as the evals' baseline: a hand-written list's
 * aliases found in the text (1 to 5 topics), else up to two key phrases as new topics.
 */
export function oldPathOf(vocabulary: Vocabulary): OldPath {
  const patterns = mentionPatterns(vocabulary.topics.map((topic) => ({ slug: topic.slug, phrases: topic.aliases })));
  const nameOf = new Map(vocabulary.topics.map((topic) => [topic.slug, topic.name]));
  return (text) => {
    const listed = fromList(text, patterns, nameOf);
    return listed.length > 0 ? listed : fromKeyPhrases(text);
  };
}

/** The old path with the list it was built on: the AI-strategy example vocabulary. */
export async function loadOldPath(): Promise<OldPath> {
  return oldPathOf((await readVocabulary(EXAMPLE_VOCABULARY, true)).vocabulary);
}
