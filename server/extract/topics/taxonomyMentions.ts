import type { TopicSlug } from "@shared/ids";
import { singularise } from "@shared/topics/singular";
import { splitWords } from "@shared/topics/normalise";
import { taxonomy } from "@shared/topics/taxonomy";

/** A place in a text where a curated topic's alias occurs. */
export interface TopicMention {
  readonly slug: TopicSlug;
  /** Index of the first word of the match among the text's words. */
  readonly start: number;
  /** Number of words the alias spans; longer aliases are more specific. */
  readonly length: number;
}

interface AliasPattern {
  readonly slug: TopicSlug;
  readonly words: readonly string[];
  readonly singulars: readonly string[];
}

const singularOf = (word: string): string => singularise(word.toLowerCase());

// Patterns grouped by their first word, longest first, so matching is one map lookup per word.
const patternsByFirstWord = new Map<string, AliasPattern[]>();
for (const def of taxonomy) {
  for (const alias of def.aliases) {
    const words = splitWords(alias);
    const first = words[0];
    if (first === undefined) continue;
    const pattern = { slug: def.slug, words, singulars: words.map(singularOf) };
    const group = patternsByFirstWord.get(singularOf(first)) ?? [];
    group.push(pattern);
    patternsByFirstWord.set(singularOf(first), group);
  }
}
for (const group of patternsByFirstWord.values()) group.sort((a, b) => b.words.length - a.words.length);

// Capitals written in an alias must be capitals in the text: "US" is not "us", "China" not "china".
function wordMatches(textWord: string, textSingular: string, aliasWord: string, aliasSingular: string): boolean {
  if (textSingular !== aliasSingular) return false;
  return aliasWord === aliasWord.toLowerCase() || textWord.startsWith(aliasWord);
}

function matchAt(words: readonly string[], singulars: readonly string[], start: number, pattern: AliasPattern): boolean {
  if (start + pattern.words.length > words.length) return false;
  return pattern.words.every((aliasWord, k) =>
    wordMatches(words[start + k] ?? "", singulars[start + k] ?? "", aliasWord, pattern.singulars[k] ?? ""),
  );
}

/** Curated-topic aliases in a text, left to right, longest match first and never overlapping. */
export function findTopicMentions(text: string): TopicMention[] {
  const words = splitWords(text);
  const singulars = words.map(singularOf);
  const mentions: TopicMention[] = [];
  let i = 0;
  while (i < words.length) {
    const pattern = (patternsByFirstWord.get(singulars[i] ?? "") ?? []).find((p) => matchAt(words, singulars, i, p));
    if (pattern === undefined) {
      i += 1;
      continue;
    }
    mentions.push({ slug: pattern.slug, start: i, length: pattern.words.length });
    i += pattern.words.length;
  }
  return mentions;
}
