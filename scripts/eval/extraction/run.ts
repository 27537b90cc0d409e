import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { normaliseTopic } from "@shared/topics/normalise";
import { z } from "zod";
import { loadEnv } from "../../../server/env";
import { prepareEmbeddings } from "../../../server/embeddings";
import { createEmbeddingClaimRater } from "../../../server/extract/claimRater";
import { createHeuristicExtractor } from "../../../server/extract/heuristic";
import { parseTurns } from "../../../server/extract/heuristic/transcript";
import { createOpenAiExtractor } from "../../../server/extract/llm/openai";
import { tagSentences } from "../../../server/extract/nlp";
import type { Extractor } from "../../../server/extract/types";
import { EXAMPLE_VOCABULARY } from "../../../server/topics/applyVocabulary";
import { aliasIndexOf, foldTopic } from "../../../server/topics/foldAliases";
import { readVocabulary } from "../../../server/topics/vocabulary";
import { evaluateCheckThat, printCheckThat } from "./checkthat";
import { MATCH_F1, Tally, matchClaims } from "./metrics";
import { type OldPath, loadOldPath } from "../topics/oldPath";

const Dataset = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(["podcast-episode", "article", "insight-page", "note"]),
    text: z.string(),
    insights: z.array(z.object({ text: z.string() })).min(1),
    topics: z.array(z.string()).min(1),
  }),
);
type Item = z.infer<typeof Dataset>[number];

interface Prediction {
  readonly texts: readonly string[];
  readonly topics: ReadonlySet<string>;
}

/** The naive baseline: the first sentences of the source (as many as the heuristic keeps), topics by the old path. */
function firstSentences(item: Item, count: number, oldPath: OldPath): Prediction {
  const sentences = parseTurns(item.text).flatMap((turn) => tagSentences(turn.text).map((s) => s.text.trim()));
  const texts = sentences.slice(0, Math.max(1, count));
  return { texts, topics: new Set(texts.flatMap((t) => oldPath(t).map((topic) => topic.slug))) };
}

async function extractorPrediction(extractor: Extractor, item: Item): Promise<Prediction> {
  const insights = await extractor.extract({ title: item.title, text: item.text, kind: item.kind });
  return { texts: insights.map((i) => i.text), topics: new Set(insights.flatMap((i) => i.topics.map((t) => t.slug))) };
}

/** Gold and predicted topics compared as ideas: names folded through the example vocabulary's aliases. */
type Fold = (name: string) => string;

function score(rows: Map<string, { claims: Tally; topics: Tally }>, name: string, item: Item, prediction: Prediction, fold: Fold): void {
  const row = rows.get(name) ?? { claims: new Tally(), topics: new Tally() };
  rows.set(name, row);
  const gold = item.insights.map((i) => i.text);
  row.claims.add(prediction.texts.length, gold.length, matchClaims(prediction.texts, gold));
  const goldTopics = new Set<string>(item.topics.map(fold));
  const predicted = new Set([...prediction.topics].map(fold));
  const hits = [...predicted].filter((slug) => goldTopics.has(slug)).length;
  row.topics.add(predicted.size, goldTopics.size, hits);
}

const pct = (n: number) => `${(n * 100).toFixed(0).padStart(3)}%`;

/**
 * `npm run eval:extraction [-- --dataset <CheckThat! file> ...]`: precision and recall of insights
 * and topics on the team's labelled set, then MAP and P@10 on each CheckThat! file given.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dataset: { type: "string", multiple: true }, model: { type: "boolean" } } });
  await ownSet();
  const extractors = [createHeuristicExtractor()];
  // --model: the same extractor with the local embedding model's rating blended in, side by side.
  if (values.model) {
    const embeddings = await prepareEmbeddings({ ...loadEnv(), EMBEDDINGS: "local" }, (line) => console.log(line));
    if (embeddings) extractors.push({ ...createHeuristicExtractor({ rateClaims: createEmbeddingClaimRater(embeddings.embedder) }), name: "heuristic@1 + local model" });
  }
  for (const path of values.dataset ?? []) for (const extractor of extractors) printCheckThat(await evaluateCheckThat(path, extractor));
}

async function ownSet(): Promise<void> {
  const items = Dataset.parse(JSON.parse(readFileSync(join(import.meta.dirname, "dataset.json"), "utf8")));
  const heuristic = createHeuristicExtractor();
  const oldPath = await loadOldPath();
  const index = aliasIndexOf((await readVocabulary(EXAMPLE_VOCABULARY, true)).vocabulary.topics);
  const fold: Fold = (name) => foldTopic(index, normaliseTopic(name)).slug;
  const env = loadEnv();
  const llm = env.EXTRACTOR === "llm" ? createOpenAiExtractor(env) : undefined;
  const rows = new Map<string, { claims: Tally; topics: Tally }>();
  for (const item of items) {
    const offline = await extractorPrediction(heuristic, item);
    score(rows, heuristic.name, item, offline, fold);
    score(rows, "baseline: first sentences", item, firstSentences(item, offline.texts.length, oldPath), fold);
    if (llm) score(rows, llm.name, item, await extractorPrediction(llm, item), fold);
  }
  const golds = items.reduce((n, i) => n + i.insights.length, 0);
  console.log(`extraction eval: ${items.length} sources, ${golds} gold insights`);
  console.log(`an insight matches a gold one when their content words overlap with F1 >= ${MATCH_F1} (one to one, best first)\n`);
  console.log("extractor                    insights: P     R    F1  (kept)   topics: P     R    F1");
  for (const [name, { claims, topics }] of rows) {
    console.log(
      `${name.padEnd(28)} ${pct(claims.precision)} ${pct(claims.recall)} ${pct(claims.f1)}  (${String(claims.predicted).padStart(3)})      ${pct(topics.precision)} ${pct(topics.recall)} ${pct(topics.f1)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
