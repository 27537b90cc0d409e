import { join } from "node:path";
import type { Database } from "../db";
import { storeVocabulary } from "../repositories/vocabulary";
import { readVocabulary } from "./vocabulary";

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
  const partners = (slug: string) => vocabulary.neverMerge.flatMap(([a, b]) => (a === slug ? [b] : b === slug ? [a] : []));
  const rows = vocabulary.topics.map((topic) => ({ ...topic, neverMerge: partners(topic.slug) }));
  await db.write("vocabulary", (tx) => storeVocabulary(tx, rows));
  if (rows.length > 0) log(`topics file: ${rows.length} topics from ${path}${problems.length ? ` (${problems.length} problems above skipped)` : ""}`);
}
