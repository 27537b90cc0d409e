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

/** The curated topics a text names, in order of first mention, longest match first, never overlapping. */
export function findMentions(text: string, patterns: ReadonlyMap<string, readonly MentionPattern[]>): TopicSlug[] {
  const words = splitWords(text);
  const singulars = words.map(singularOf);
  const found: TopicSlug[] = [];
  for (let i = 0; i < words.length; ) {
    const match = (patterns.get(singulars[i]!) ?? []).find(
      (p) => i + p.words.length <= words.length && p.words.every((w, k) => wordMatches(words[i + k]!, singulars[i + k]!, w, p.singulars[k]!)),
    );
    if (!match) {
      i += 1;
      continue;
    }
    if (!found.includes(match.slug)) found.push(match.slug);
    i += match.words.length;
  }
  return found;
}
