import type { TopicSlug } from "@shared/ids";
import { splitWords } from "@shared/topics/normalise";
import { singularise } from "@shared/topics/singular";

/** A curated topic's names as word patterns. */
export interface MentionPattern {
  readonly slug: TopicSlug;
  readonly words: readonly string[];
  readonly singulars: readonly string[];
}

const singularOf = (word: string) => singularise(word.toLowerCase());

/** Patterns for the curated topics' names and aliases, grouped by first word, longest first. */
export function mentionPatterns(topics: readonly { slug: TopicSlug; phrases: readonly string[] }[]): Map<string, MentionPattern[]> {
  const byFirst = new Map<string, MentionPattern[]>();
  for (const topic of topics) {
    for (const phrase of topic.phrases) {
      const words = splitWords(phrase);
      if (words.length === 0) continue;
      const pattern = { slug: topic.slug, words, singulars: words.map(singularOf) };
      const first = pattern.singulars[0]!;
      byFirst.set(first, [...(byFirst.get(first) ?? []), pattern]);
    }
  }
  for (const group of byFirst.values()) group.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

// Capitals written in an alias must be capitals in the text: "US" is not "us", "China" not "china".
const wordMatches = (word: string, singular: string, aliasWord: string, aliasSingular: string) =>
  singular === aliasSingular && (aliasWord === aliasWord.toLowerCase() || word.startsWith(aliasWord));

/** Where a curated topic is named in a text: its first word's place and how many words the match spans. */
export interface MentionSpan {
  readonly slug: TopicSlug;
  readonly start: number;
  readonly length: number;
}

/** Every mention in a text, left to right, longest match first, never overlapping. */
export function findMentionSpans(text: string, patterns: ReadonlyMap<string, readonly MentionPattern[]>): MentionSpan[] {
  const words = splitWords(text);
  const singulars = words.map(singularOf);
  const spans: MentionSpan[] = [];
  for (let i = 0; i < words.length; ) {
    const match = (patterns.get(singulars[i]!) ?? []).find(
      (p) => i + p.words.length <= words.length && p.words.every((w, k) => wordMatches(words[i + k]!, singulars[i + k]!, w, p.singulars[k]!)),
    );
    if (!match) {
      i += 1;
      continue;
    }
    spans.push({ slug: match.slug, start: i, length: match.words.length });
    i += match.words.length;
  }
  return spans;
}

/** The curated topics a text names, in order of first mention. */
export const findMentions = (text: string, patterns: ReadonlyMap<string, readonly MentionPattern[]>): TopicSlug[] => [
  ...new Set(findMentionSpans(text, patterns).map((span) => span.slug)),
];
