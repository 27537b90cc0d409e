import { TopicSlug } from "@shared/ids";
import type { InsightId } from "@shared/ids";
import type { InsightBatch, TopicRow } from "../repositories/insights";
import { candidatePhrases, type NameBook, phraseKey } from "./naming";

// Key phrases are guesses from one text, so even the best one weighs less than a grouped topic.
const PHRASE_WEIGHTS = [0.7, 0.5] as const;

/**
 * Topics without a model (EMBEDDINGS=none, or text with nothing to embed): up to two key phrases
 * of the text, a curated topic where a phrase names one. The same phrase in two insights is one
 * topic, which is all that links them.
 */
export function phraseTopics(rows: readonly { id: InsightId; text: string }[], book: NameBook): Pick<InsightBatch, "topics" | "about"> {
  const topics = new Map<string, TopicRow>();
  const about: InsightBatch["about"][number][] = [];
  for (const row of rows) {
    const mine = new Set<string>();
    for (const phrase of candidatePhrases(row.text)) {
      const weight = PHRASE_WEIGHTS[mine.size];
      if (weight === undefined) break;
      const key = phraseKey(phrase);
      const curated = book.curated.get(key);
      const slug = curated?.slug ?? TopicSlug.parse(key);
      if (mine.has(slug)) continue;
      mine.add(slug);
      if (!topics.has(slug)) topics.set(slug, { slug, name: curated?.name ?? phrase.charAt(0).toUpperCase() + phrase.slice(1), aliases: [] });
      about.push({ insightId: row.id, slug, weight });
    }
  }
  return { topics: [...topics.values()], about };
}
