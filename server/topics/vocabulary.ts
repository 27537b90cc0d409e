import { readFile } from "node:fs/promises";
import { z } from "zod";
import { type TopicName, phraseKey } from "./naming";
import { TopicSlug } from "@shared/ids";
import { limits } from "@shared/limits";

/**
 * The user's own topic vocabulary (TOPICS_FILE, default $DATA_DIR/topics.json): preferred names
 * with their aliases, topics to pin on the map, and pairs never to merge. Discovery names a group
 * after a vocabulary topic when one of its phrases is that topic's name or alias, so the file
 * steers names without listing a field in code. server/topics/examples/ai-strategy.json is one.
 */
const Entry = z.object({
  name: z.string().trim().min(1).max(limits.topicName),
  aliases: z.array(z.string().trim().min(1).max(limits.topicName)).default([]),
  pinned: z.boolean().default(false),
});
const File = z.object({ topics: z.array(z.unknown()).default([]), neverMerge: z.array(z.unknown()).default([]) });
const Pair = z.tuple([z.string(), z.string()]);

export interface VocabularyTopic extends TopicName {
  readonly aliases: readonly string[];
  readonly pinned: boolean;
}

export interface Vocabulary {
  readonly topics: readonly VocabularyTopic[];
  readonly neverMerge: readonly (readonly [TopicSlug, TopicSlug])[];
}

export const EMPTY_VOCABULARY: Vocabulary = { topics: [], neverMerge: [] };

/**
 * Reads and checks a vocabulary file: every problem becomes one line, and what is valid is kept,
 * so a typo in one entry does not cost the others. A missing file is no problem unless `required`.
 */
export async function readVocabulary(path: string, required: boolean): Promise<{ vocabulary: Vocabulary; problems: string[] }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return { vocabulary: EMPTY_VOCABULARY, problems: missing && !required ? [] : [`${path}: cannot be read (${(error as Error).message})`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { vocabulary: EMPTY_VOCABULARY, problems: [`${path}: not JSON (${(error as Error).message})`] };
  }
  return parseVocabulary(raw, path);
}

/** The checks of readVocabulary, on parsed JSON. */
export function parseVocabulary(raw: unknown, where = "vocabulary"): { vocabulary: Vocabulary; problems: string[] } {
  const problems: string[] = [];
  const file = File.safeParse(raw);
  if (!file.success) return { vocabulary: EMPTY_VOCABULARY, problems: [`${where}: expected {"topics": [...], "neverMerge": [...]}`] };
  const topics = new Map<string, VocabularyTopic>();
  file.data.topics.forEach((value, i) => {
    const entry = Entry.safeParse(value);
    if (!entry.success) return problems.push(`${where}: topics[${i}]: ${entry.error.issues.map((issue) => `${issue.path.join(".") || "entry"} ${issue.message}`).join("; ")}`);
    const slug = phraseKey(entry.data.name);
    if (!slug) return problems.push(`${where}: topics[${i}]: "${entry.data.name}" has no letter or digit to name a topic by`);
    if (topics.has(slug)) return problems.push(`${where}: topics[${i}]: "${entry.data.name}" repeats an earlier topic`);
    topics.set(slug, { slug: TopicSlug.parse(slug), ...entry.data });
  });
  const neverMerge: [TopicSlug, TopicSlug][] = [];
  file.data.neverMerge.forEach((value, i) => {
    const pair = Pair.safeParse(value);
    if (!pair.success) return problems.push(`${where}: neverMerge[${i}]: expected two topic names`);
    const unknown = pair.data.filter((name) => !topics.has(phraseKey(name)));
    if (unknown.length > 0) return problems.push(`${where}: neverMerge[${i}]: names unknown topic ${unknown.map((n) => `"${n}"`).join(" and ")}`);
    neverMerge.push([TopicSlug.parse(phraseKey(pair.data[0])), TopicSlug.parse(phraseKey(pair.data[1]))]);
  });
  return { vocabulary: { topics: [...topics.values()], neverMerge }, problems };
}
