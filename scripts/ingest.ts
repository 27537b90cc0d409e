import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { SourceFormat, SourceMeta } from "@shared/api/sources";
import type { IngestSummary } from "@shared/api/sources";
import type { InsightId } from "@shared/ids";
import { LauncherSetupError, connect } from "../server/db";
import { ModelFileError, prepareEmbeddings } from "../server/embeddings";
import { EnvError, loadEnv } from "../server/env";
import { createExtractor } from "../server/extract";
import { parseTurns } from "../server/extract/heuristic/transcript";
import { defaultLlmOptions } from "../server/extract/llm/llmExtractor";
import { estimateTokens } from "../server/extract/llm/estimate";
import { createRelationLabeller } from "../server/relations/llm/openai";
import { DEFAULT_OPENAI_MODEL } from "../server/extract/llm/openai";
import { DEFAULT_FETCH_TIMEOUT_MS, fetchInput } from "../server/ingest/fetchInput";
import { DEFAULT_MAX_BYTES } from "../server/ingest/formats";
import { type IngestRunReport, type ProgressListener, ingestLoaded, progressSteps } from "../server/ingest/pipeline";
import { type LoadedInput, readInput } from "../server/ingest/readInputs";
import { createEnrichment } from "../server/enrichment";
import { enrichWithProgress } from "./ingest/enrichmentProgress";
import { expandInputs } from "./ingest/inputs";
import { progressReporter } from "./ingest/progress";
import { DEFAULT_RELATED_K } from "../server/related/refresh";

const USAGE = `usage: npm run ingest -- [options] <files, folders, URLs or feeds...>

  --format <f>      read every input as this format (${SourceFormat.options.join(", ")}); detected otherwise
  --kind <k>        source kind for every input (podcast-episode, article, insight-page, note)
  --show <name>     show name for every input
  --max-bytes <n>   largest input, in bytes (default INGEST_MAX_BYTES or ${DEFAULT_MAX_BYTES})
  --timeout <s>     time limit per URL fetch, in seconds (default ${DEFAULT_FETCH_TIMEOUT_MS / 1000})
  -y, --yes         do not ask before sending text to a model (EXTRACTOR=llm)
  --wait            enrich the new insights here before exiting (related lists, topic counts, themes),
                    with a progress bar; otherwise the server's worker does it when it runs`;

const log = (line: string) => console.log(line);

function readArgs() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string" },
      kind: { type: "string" },
      show: { type: "string" },
      "max-bytes": { type: "string" },
      timeout: { type: "string" },
      yes: { type: "boolean", short: "y", default: false },
      wait: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const meta = SourceMeta.pick({ kind: true, show: true }).parse({ kind: values.kind, show: values.show });
  return {
    inputs: positionals,
    format: values.format === undefined ? undefined : SourceFormat.parse(values.format),
    meta: { ...(meta.kind && { kind: meta.kind }), ...(meta.show && { show: meta.show }) },
    maxBytes: values["max-bytes"] === undefined ? undefined : Number(values["max-bytes"]),
    timeoutMs: values.timeout === undefined ? DEFAULT_FETCH_TIMEOUT_MS : Number(values.timeout) * 1000,
    yes: values.yes,
    wait: values.wait,
  };
}

/** Before text goes to a paid model: what it would cost, and whether to go on. */
async function confirmModelRun(loaded: readonly LoadedInput[], env: ReturnType<typeof loadEnv>, yes: boolean): Promise<boolean> {
  const sources = loaded.flatMap((input) =>
    input.documents.flatMap((doc) => (doc.body.type === "text" ? [{ title: doc.meta.title, turns: doc.body.turns ?? parseTurns(doc.body.text) }] : [])),
  );
  const estimate = estimateTokens(sources, defaultLlmOptions.chunkChars, env.OPENAI_PRICE_PER_MILLION_TOKENS);
  const model = `${env.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL} at ${env.OPENAI_BASE_URL ?? "api.openai.com"}`;
  const cost = estimate.cost === null ? "set OPENAI_PRICE_PER_MILLION_TOKENS for a cost" : `about ${estimate.cost.toFixed(2)} at ${env.OPENAI_PRICE_PER_MILLION_TOKENS} per million`;
  log(`llm: ${sources.length} sources → ${estimate.calls} calls, about ${estimate.tokens.toLocaleString("en")} input tokens to ${model} (${cost})`);
  log("llm: the model also types the relations between related claims: their tokens are logged per enrichment batch");
  if (yes || estimate.calls === 0) return true;
  if (!process.stdin.isTTY) {
    log("llm: not a terminal, so nobody can answer; add --yes to go on");
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question("Go on? [y/N] ");
  rl.close();
  return /^y(es)?$/i.test(answer.trim());
}

function printSummary(report: IngestRunReport, skippedFiles: readonly string[]): void {
  const s: IngestSummary = report.summary;
  const present = s.alreadyPresent ? ` (${s.alreadyPresent} already present)` : "";
  if (s.quotesRepaired || s.quotesDropped) log(`quotes: ${s.quotesRepaired ?? 0} repaired to the source's words, ${s.quotesDropped ?? 0} dropped with their claim`);
  log(`\ndone: ${s.sources} sources, ${s.insights} insights${present}, ${s.topics} topics, ${s.skipped + skippedFiles.length} skipped, ${s.failed} failed`);
  for (const file of report.files) {
    for (const problem of file.problems) log(`  ${file.status === "failed" ? "failed" : "note"}: ${file.file}: ${problem}`);
  }
  for (const line of skippedFiles) log(`  skipped: ${line}`);
}

/** `npm run ingest -- <inputs...>`: read, parse, (ask,) then one transaction per source. */
async function main(): Promise<void> {
  const args = readArgs();
  const env = loadEnv();
  const extractor = await createExtractor(env);
  const maxBytes = args.maxBytes ?? env.INGEST_MAX_BYTES ?? DEFAULT_MAX_BYTES;
  const limits = { maxBytes, timeoutMs: args.timeoutMs, allowPrivate: env.FEEDS_ALLOW_PRIVATE };
  const { tasks, skipped } = await expandInputs(args.inputs, limits);
  log(`reading ${tasks.length} inputs…`);
  const loaded: LoadedInput[] = [];
  for (const task of tasks) {
    loaded.push(await readInput(task, { ...(args.format && { format: args.format }), meta: args.meta, maxBytes, fetch: (url) => fetchInput(url, limits) }));
  }
  if (env.EXTRACTOR === "llm" && !(await confirmModelRun(loaded, env, args.yes))) {
    log("stopped before sending anything");
    process.exitCode = 1;
    return;
  }

  const graph = await connect(env, log);
  const { db } = graph;
  try {
    await graph.prepareSchema();
    const progress = progressReporter(progressSteps(loaded), log);
    const embeddings = await prepareEmbeddings(env, log);
    const relationLabeller = await createRelationLabeller(env, log);
    const enrichment = createEnrichment({ db, relatedK: DEFAULT_RELATED_K, ...(embeddings && { embeddings }), ...(relationLabeller && { relationLabeller }), log });
    // Writes answer once written; enrichment runs after, here with --wait, else in the server's worker.
    const options = { relatedK: DEFAULT_RELATED_K, ...(embeddings && { embeddings }), enrichment, waitForEnrichment: false };
    const written: InsightId[] = [];
    const listener: ProgressListener = (event) => {
      written.push(...(event.ids ?? []));
      progress.listener(event);
    };
    const report = await ingestLoaded({ db, extractor, options }, loaded, listener).finally(() => progress.stop());
    printSummary(report, skipped);
    if (args.wait) {
      await enrichWithProgress(enrichment, written, log);
      log("enriched: related lists and topic counts are up to date");
    } else {
      log("queued for enrichment: the server computes related lists when it runs (npm start), or add --wait to do it now");
    }
    if (report.summary.failed > 0) process.exitCode = 1;
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  const expected = error instanceof EnvError || error instanceof LauncherSetupError || error instanceof ModelFileError || (error instanceof Error && error.name === "ZodError");
  console.error(expected ? (error as Error).message : error);
  process.exit(1);
});
