import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { createHeuristicExtractor } from "../../server/extract/heuristic";

const corpusDir = join(process.cwd(), "server/sample/corpus");

/** Words per second of the offline extractor over the sample corpus, best of `rounds`. */
export async function extractionWordsPerSec(rounds = 3): Promise<number> {
  const files = (await readdir(corpusDir)).filter((file) => file.endsWith(".txt"));
  const texts = await Promise.all(files.map((file) => readFile(join(corpusDir, file), "utf8")));
  const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
  const extractor = createHeuristicExtractor();
  await extractor.extract({ title: "warm-up", text: texts[0] ?? "", kind: "note" });
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const text of texts) await extractor.extract({ title: "bench", text, kind: "podcast-episode" });
    best = Math.max(best, words / ((performance.now() - started) / 1000));
  }
  return best;
}
