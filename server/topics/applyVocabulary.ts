import { join } from "node:path";
import type { Database } from "../db";
import { fileURLToPath } from "node:url";
import { type VocabularyRow, addExampleVocabulary, storeVocabulary } from "../repositories/vocabulary";
import { type Vocabulary, readVocabulary } from "./vocabulary";

/** The AI-strategy vocabulary the sample corpus ships with: an example of a user's topics file. */
export const EXAMPLE_VOCABULARY = fileURLToPath(new URL("./examples/ai-strategy.json", import.meta.url));

function rowsOf(vocabulary: Vocabulary): VocabularyRow[] {
  const partners = (slug: string) => vocabulary.neverMerge.flatMap(([a, b]) => (a === slug ? [b] : b === slug ? [a] : []));
  return vocabulary.topics.map((topic) => ({ ...topic, neverMerge: partners(topic.slug) }));
}

/** Adds the example vocabulary's topics the graph lacks, so the sample's map has its field's names. */
export async function addSampleVocabulary(db: Database): Promise<void> {
  const { vocabulary } = await readVocabulary(EXAMPLE_VOCABULARY, true);
  await db.write("vocabulary", (tx) => addExampleVocabulary(tx, rowsOf(vocabulary)));
}

/**
 * At start: reads the vocabulary file (TOPICS_FILE, else $DATA_DIR/topics.json when present),
 * reports each problem on a line of its own, and stores what is valid, so the app always starts.
 */
export async function applyVocabularyFile(
  db: Database,
  env: { readonly TOPICS_FILE?: string | undefined; readonly DATA_DIR: string },
  log: (line: string) => void,
): Promise<void> {
  const path = env.TOPICS_FILE ?? join(env.DATA_DIR, "topics.json");
  const { vocabulary, problems } = await readVocabulary(path, env.TOPICS_FILE !== undefined);
  for (const problem of problems) log(`topics file: ${problem}`);
  const rows = rowsOf(vocabulary);
  await db.write("vocabulary", (tx) => storeVocabulary(tx, rows));
  if (rows.length > 0) log(`topics file: ${rows.length} topics from ${path}${problems.length ? ` (${problems.length} problems above skipped)` : ""}`);
}
