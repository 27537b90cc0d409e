import { TopicSlug } from "@shared/ids";
import { limits } from "@shared/limits";
import { singularise } from "@shared/topics/singular";
import { splitWords } from "@shared/topics/normalise";
import { keyPhrases } from "../extract/topics/keyPhrases";

/** How a phrase is compared: lower case, singular last word ("Data centres" = "data centre"). */
export function phraseKey(phrase: string): string {
  const words = splitWords(phrase).map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, "")).filter(Boolean);
  const last = words.pop();
  return (last === undefined ? words : [...words, singularise(last)]).join("-").slice(0, limits.topicName).replace(/-+$/, "");
}

/**
 * A phrase as a topic name, as its writers wrote it: proper names keep their case and number
 * ("Dave Jones", "United Nations"), only the first letter is raised.
 */
const displayName = (phrase: string) => (phrase.charAt(0).toUpperCase() + phrase.slice(1)).slice(0, limits.topicName);

export interface TopicName {
  readonly slug: TopicSlug;
  readonly name: string;
}

/** What naming may not take, and what it should join instead. */
export interface NameBook {
  /** A phrase key that names a curated topic (its name or an alias): a group named so joins it. */
  readonly curated: ReadonlyMap<string, TopicName>;
  /** Slugs already used by other topics, kept apart from new groups that happen to share a phrase. */
  readonly taken: Set<string>;
}

/** Candidate phrases of a text: noun phrases and names from wink-nlp, best first. */
export const candidatePhrases = (text: string, max = 4): string[] => keyPhrases(text, max).filter((p) => phraseKey(p).length > 0);

/**
 * Names each new group by its most representative phrase, c-TF-IDF style: phrases found in many
 * of the group's insights and few of the batch's others score highest. A phrase naming a curated
 * topic makes the group that topic; a phrase already naming another topic is passed over, so two
 * ideas that share a word stay two topics.
 */
export function nameGroups(groups: readonly (readonly string[])[], book: NameBook): (TopicName & { curated: boolean })[] {
  const phrasesOf = new Map<string, string[]>();
  const phrases = (text: string) => {
    let found = phrasesOf.get(text);
    if (!found) phrasesOf.set(text, (found = candidatePhrases(text)));
    return found;
  };
  const df = new Map<string, number>();
  let documents = 0;
  for (const texts of groups) {
    for (const text of texts) {
      documents += 1;
      for (const key of new Set(phrases(text).map(phraseKey))) df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
  return groups.map((texts) => {
    const scored = new Map<string, { score: number; first: number; forms: Map<string, number> }>();
    let order = 0;
    for (const text of texts) {
      phrases(text).forEach((phrase, rank) => {
        const key = phraseKey(phrase);
        const entry = scored.get(key) ?? { score: 0, first: order, forms: new Map<string, number>() };
        // Earlier phrases of a text are its better key phrases; rarity across the batch makes a name specific.
        entry.score += (1 / (1 + 0.25 * rank)) * Math.log(1 + documents / (df.get(key) ?? 1));
        entry.forms.set(phrase, (entry.forms.get(phrase) ?? 0) + 1);
        scored.set(key, entry);
        order += 1;
      });
    }
    const ranked = [...scored.entries()].sort(([, a], [, b]) => b.score - a.score || a.first - b.first);
    for (const [key, entry] of ranked) {
      const curated = book.curated.get(key);
      if (curated) return { ...curated, curated: true };
      if (book.taken.has(key)) continue;
      book.taken.add(key);
      const form = [...entry.forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      return { slug: TopicSlug.parse(key), name: displayName(form), curated: false };
    }
    return { ...numbered(ranked[0]?.[0] ?? fallbackKey(texts[0] ?? ""), book), curated: false };
  });
}

/** A text without a noun phrase is named by its first words. */
function fallbackKey(text: string): string {
  return phraseKey(splitWords(text).slice(0, 3).join(" ")) || "untitled";
}

/** "Animal rights" is taken by another idea: this one is "Animal rights (2)". */
function numbered(key: string, book: NameBook): TopicName {
  for (let n = 2; ; n += 1) {
    const slug = `${key.slice(0, limits.topicName - 4)}-${n}`;
    if (book.taken.has(slug)) continue;
    book.taken.add(slug);
    return { slug: TopicSlug.parse(slug), name: `${displayName(key.replace(/-/g, " "))} (${n})` };
  }
}
