import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * A headline insight, ten claims an editor would list as related to it, twelve that share its
 * words ("open", "models", "frontier", "own data", "hardware") but not its idea, and six from
 * other fields. Written for this check; see wordTraps.json.
 */
const WordTraps = z.object({
  headline: z.string(),
  related: z.array(z.string()).length(10),
  traps: z.array(z.string()).length(12),
  otherFields: z.array(z.string()).min(1),
});
export type WordTraps = z.infer<typeof WordTraps>;

export interface TrapScores {
  readonly traps: number;
  readonly trapCount: number;
  readonly related: number;
  readonly relatedCount: number;
  readonly otherFields: number;
  readonly otherCount: number;
}

export async function readWordTraps(): Promise<WordTraps> {
  const here = dirname(fileURLToPath(import.meta.url));
  return WordTraps.parse(JSON.parse(await readFile(join(here, "wordTraps.json"), "utf8")));
}

/** How many of each kind share a topic with the headline; `topicsOf` gets each text and its place in headline, related, traps, others. */
export function scoreTraps(set: WordTraps, topicsOf: (text: string, index: number) => readonly string[]): TrapScores {
  const texts = [set.headline, ...set.related, ...set.traps, ...set.otherFields];
  const topics = texts.map((text, i) => topicsOf(text, i));
  const headline = new Set(topics[0]);
  const shares = (from: number, count: number) => topics.slice(from, from + count).filter((t) => t.some((slug) => headline.has(slug))).length;
  const r = set.related.length;
  const t = set.traps.length;
  return {
    related: shares(1, r),
    relatedCount: r,
    traps: shares(1 + r, t),
    trapCount: t,
    otherFields: shares(1 + r + t, set.otherFields.length),
    otherCount: set.otherFields.length,
  };
}
