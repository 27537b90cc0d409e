import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { z } from "zod";
import type { Extractor } from "../../../server/extract/types";
import { parseFormat } from "../../../server/ingest/formats";
import { placeLines, quoteCovers } from "./placement";
import { meanRankingScores, rankByScore, sentenceScores } from "./ranking";
import { isVerbatim } from "../../../server/extract/verbatim";

/** The CheckThat! transcript format (see ../shared/eval-data/README.md); read, never copied. */
const CheckThat = z.object({
  name: z.string().optional(),
  documents: z.array(
    z.object({
      id: z.string(),
      lines: z.array(z.object({ i: z.number(), speaker: z.string(), text: z.string(), label: z.number().int().min(0).max(1) })),
    }),
  ),
});
type Transcript = z.infer<typeof CheckThat>["documents"][number];

export interface RankingRow {
  readonly name: string;
  readonly map: number;
  readonly p10: number;
}

export interface CheckThatReport {
  readonly dataset: string;
  readonly transcripts: number;
  readonly sentences: number;
  readonly positives: number;
  readonly rows: readonly RankingRow[];
  /** Each ranking's MAP on the first and the second half of the transcripts (file order), to see a gain is broad. */
  readonly halves: readonly { readonly name: string; readonly first: number; readonly second: number }[];
  /** Sentences inside a kept insight, and the check-worthy ones among them. */
  readonly kept: { readonly sentences: number; readonly positives: number };
  readonly quotes: { readonly total: number; readonly verbatim: number };
  readonly wordsPerSec: number;
  /** Lines not found in the text the reader kept (judged by their words alone). */
  readonly unplaced: number;
}

// Speaker names as labels the transcript reader knows ("MR. ROMNEY", "PRESIDENT OBAMA").
const asTranscript = (doc: Transcript): string => doc.lines.map((line) => `${line.speaker}: ${line.text}`).join("\n");

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|percent|half|third|quarter|dozen)\b/i;

/** The plain baselines: longer sentences first; sentences naming a number first, in transcript order. */
const baselines: readonly { name: string; score: (text: string) => number }[] = [
  { name: "baseline: sentence length", score: (text) => text.split(/\s+/).length },
  { name: "baseline: has a number", score: (text) => (NUMBER.test(text) ? 1 : 0) },
];

/**
 * `eval:extraction -- --dataset <file>`: each transcript through the real path (the transcript
 * parser, then the extractor) as `Speaker: sentence` lines; its sentences ranked by the insight
 * that keeps them (its confidence), the rest after, in transcript order.
 */
export async function evaluateCheckThat(path: string, extractor: Extractor): Promise<CheckThatReport> {
  const dataset = CheckThat.parse(JSON.parse(readFileSync(path, "utf8")));
  const extractorRankings: number[][] = [];
  // The first protocol: a line counts as kept wherever an insight holds 80% of its words, so a
  // one-word line ("No.") borrows the confidence of any insight saying "no". Printed beside.
  const wordsOnlyRankings: number[][] = [];
  const baselineRankings = baselines.map(() => [] as number[][]);
  let kept = 0;
  let keptPositives = 0;
  let quotes = 0;
  let verbatim = 0;
  let words = 0;
  let unplaced = 0;
  let seconds = 0;
  for (const doc of dataset.documents) {
    const text = asTranscript(doc);
    const labels = doc.lines.map((line) => line.label);
    const sentences = doc.lines.map((line) => line.text);
    const started = performance.now();
    // The source text is what the parser keeps of the transcript (labels and timestamps gone):
    // quotes are checked against it, as against any source's text.
    const parsed = parseFormat(`${doc.id}.txt`, text, "transcript").flatMap((d) => (d.body.type === "text" ? [d.body] : []));
    const insights = (
      await Promise.all(
        parsed.map((body) => extractor.extract({ title: doc.id, text: body.text, kind: "podcast-episode", ...(body.turns && { turns: body.turns }) })),
      )
    ).flat();
    const sourceText = parsed.map((body) => body.text).join("\n\n");
    seconds += (performance.now() - started) / 1000;
    words += text.split(/\s+/).length;
    const lines = placeLines(sentences, sourceText);
    const covers = quoteCovers(sourceText);
    const scores = sentenceScores(sentences, insights, (s, i) => covers(insights[i]?.quote ?? "", lines[s]));
    unplaced += lines.filter((line) => line === undefined).length;
    extractorRankings.push(rankByScore(scores).map((i) => labels[i] ?? 0));
    wordsOnlyRankings.push(rankByScore(sentenceScores(sentences, insights)).map((i) => labels[i] ?? 0));
    scores.forEach((score, i) => {
      if (score === undefined) return;
      kept += 1;
      keptPositives += labels[i] ?? 0;
    });
    quotes += insights.length;
    verbatim += insights.filter((insight) => isVerbatim(insight.quote, sourceText)).length;
    baselines.forEach((baseline, b) =>
      baselineRankings[b]?.push(rankByScore(sentences.map(baseline.score)).map((i) => labels[i] ?? 0)),
    );
  }
  const rankings = [
    { name: extractor.name, ranked: extractorRankings },
    { name: `${extractor.name} (words only)`, ranked: wordsOnlyRankings },
    ...baselines.map((b, i) => ({ name: b.name, ranked: baselineRankings[i] ?? [] })),
  ];
  const half = Math.ceil(dataset.documents.length / 2);
  return {
    dataset: dataset.name ?? basename(path),
    transcripts: dataset.documents.length,
    sentences: dataset.documents.reduce((n, d) => n + d.lines.length, 0),
    positives: dataset.documents.reduce((n, d) => n + d.lines.filter((l) => l.label === 1).length, 0),
    rows: rankings.map(({ name, ranked }) => ({ name, ...meanRankingScores(ranked) })),
    halves: rankings.map(({ name, ranked }) => ({
      name,
      first: meanRankingScores(ranked.slice(0, half)).map,
      second: meanRankingScores(ranked.slice(half)).map,
    })),
    kept: { sentences: kept, positives: keptPositives },
    quotes: { total: quotes, verbatim },
    wordsPerSec: words / Math.max(seconds, 1e-9),
    unplaced,
  };
}

export function printCheckThat(report: CheckThatReport): void {
  const { kept, quotes } = report;
  console.log(`\n${report.dataset}: ${report.transcripts} transcripts, ${report.sentences} sentences, ${report.positives} check-worthy`);
  console.log("a sentence ranks by the confidence of the insight whose quote covers it and which holds 80% of its words;");
  console.log("the rest follow in transcript order. (words only): the first protocol, any insight holding 80% of its words\n");
  console.log("ranking                                   MAP     P@10");
  for (const row of report.rows) console.log(`${row.name.padEnd(41)} ${row.map.toFixed(3)}   ${row.p10.toFixed(3)}`);
  console.log("\nMAP by half of the transcripts (file order)   first   second");
  for (const row of report.halves) console.log(`${row.name.padEnd(44)} ${row.first.toFixed(3)}   ${row.second.toFixed(3)}`);
  console.log(`\nsentences kept in insights: ${kept.sentences}, holding ${kept.positives} of ${report.positives} check-worthy`);
  const rate = quotes.total === 0 ? 1 : quotes.verbatim / quotes.total;
  console.log(`quotes verbatim: ${quotes.verbatim} of ${quotes.total} (${(rate * 100).toFixed(1)}%)`);
  console.log(`lines not found in the read text (judged by words alone): ${report.unplaced}`);
  console.log(`extraction speed: ${Math.round(report.wordsPerSec).toLocaleString("en")} words/s`);
}
