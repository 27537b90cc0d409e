import type { IngestOutcome, IngestSummary } from "@shared/api/sources";
import type { InsightId } from "@shared/ids";
import type { InsightSummary } from "@shared/schemas/entities";
import type { Database } from "../db";
import { NoInsightsError } from "../extract/noInsights";
import type { Extractor, QuoteRepairs } from "../extract/types";
import type { SourceRow } from "../repositories/insights";
import { storeDocument } from "./storedDocument";
import { sourceIdOf } from "./ids";
import type { ParsedDocument } from "./formats";
import { type IngestOptions, ingestInsights, ingestListed, ingestSource } from "./ingest";
import type { LoadedInput } from "./readInputs";

export interface PipelineDeps {
  readonly db: Database;
  readonly extractor: Extractor;
  readonly options: IngestOptions;
}

export interface DocumentResult {
  readonly sources: readonly Pick<SourceRow, "id" | "title">[];
  readonly insights: readonly InsightSummary[];
  /** Insights the graph held before (a re-upload); not counted as new. */
  readonly alreadyPresent: number;
  readonly quotes?: QuoteRepairs;
}

/** Writes one parsed document, in one transaction, the way its body asks. */
export async function ingestDocument(deps: PipelineDeps, doc: ParsedDocument): Promise<DocumentResult> {
  const { db, extractor, options } = deps;
  switch (doc.body.type) {
    case "text": {
      const { text, turns } = doc.body;
      const stored = storeDocument(doc) ?? undefined;
      const result = await ingestSource(db, extractor, { ...doc.meta, text, ...(turns && { turns }), ...(stored && { stored }) }, options);
      return { sources: [result.source], insights: result.insights, alreadyPresent: result.alreadyPresent, ...(result.quotes && { quotes: result.quotes }) };
    }
    case "listed": {
      const result = await ingestListed(db, doc.meta, doc.body, options, storeDocument(doc) ?? undefined);
      return { sources: [result.source], insights: result.insights, alreadyPresent: result.alreadyPresent };
    }
    case "insights": {
      const insights = await ingestInsights(db, doc.body.insights, options);
      const sources = new Map(doc.body.insights.flatMap((i) => (i.source ? [[sourceIdOf(i.source), i.source.title] as const] : [])));
      return { sources: [...sources].map(([id, title]) => ({ id, title })), insights, alreadyPresent: 0 };
    }
  }
}

/** Why a document has nothing to ingest, or null when it has. */
function emptiness(doc: ParsedDocument): string | null {
  if (doc.body.type === "text" && doc.body.text.trim().length === 0) return `${doc.meta.title}: no text (no show notes or transcript)`;
  return null;
}

export interface IngestRunReport {
  readonly files: IngestOutcome[];
  readonly summary: IngestSummary;
}

/** Progress after each document: the CLI draws its bar from these. */
export type ProgressListener = (event: {
  readonly origin: string;
  readonly insights: number;
  readonly outcome: "ingested" | "skipped" | "failed";
  /** The document's insights, for a caller that enriches them afterwards. */
  readonly ids?: readonly InsightId[];
}) => void;

/** Steps a run will report progress for: one per document, one per input that failed to read. */
export const progressSteps = (inputs: readonly LoadedInput[]) =>
  inputs.reduce((sum, input) => sum + input.documents.length + (input.error !== undefined ? 1 : 0), 0);

/**
 * Ingests every document of every input, one transaction per source: a failure is recorded
 * with its reason and the rest of the run goes on. Re-running the same inputs changes nothing.
 */
export async function ingestLoaded(deps: PipelineDeps, inputs: readonly LoadedInput[], onProgress?: ProgressListener): Promise<IngestRunReport> {
  const files: IngestOutcome[] = [];
  const insightIds = new Set<string>();
  const topicSlugs = new Set<string>();
  let sources = 0;
  let alreadyPresent = 0;
  const quotes = { repaired: 0, dropped: 0 };
  let skipped = 0;
  let failed = 0;
  for (const input of inputs) {
    const outcome: IngestOutcome = { file: input.origin, status: "ingested", format: input.format, sources: [], problems: [...input.skipped] };
    skipped += input.skipped.length;
    if (input.error !== undefined) {
      outcome.status = "failed";
      outcome.problems.push(input.error);
      failed += 1;
      onProgress?.({ origin: input.origin, insights: 0, outcome: "failed" });
    }
    let documentsFailed = 0;
    for (const doc of input.documents) {
      const empty = emptiness(doc);
      if (empty) {
        outcome.problems.push(empty);
        skipped += 1;
        onProgress?.({ origin: input.origin, insights: 0, outcome: "skipped" });
        continue;
      }
      try {
        const result = await ingestDocument(deps, doc);
        for (const insight of result.insights) {
          insightIds.add(insight.id);
          for (const topic of insight.topics) topicSlugs.add(topic.slug);
        }
        sources += result.sources.length;
        alreadyPresent += result.alreadyPresent;
        quotes.repaired += result.quotes?.repaired ?? 0;
        quotes.dropped += result.quotes?.dropped ?? 0;
        outcome.sources.push(
          ...result.sources.map((s) => ({ id: s.id, title: s.title, insights: result.insights.length, alreadyPresent: result.alreadyPresent })),
        );
        onProgress?.({ origin: input.origin, insights: result.insights.length, outcome: "ingested", ids: result.insights.map((insight) => insight.id) });
      } catch (error) {
        if (error instanceof NoInsightsError) {
          // Read fine, held no claim: skipped with its reason, not failed.
          outcome.problems.push(error.message);
          skipped += 1;
          onProgress?.({ origin: input.origin, insights: 0, outcome: "skipped" });
          continue;
        }
        documentsFailed += 1;
        failed += 1;
        outcome.problems.push(`${doc.meta.title}: ${error instanceof Error ? error.message : String(error)}`);
        onProgress?.({ origin: input.origin, insights: 0, outcome: "failed" });
      }
    }
    // A file that gave nothing at all failed, whatever the reason; its problems say which.
    if (outcome.sources.length === 0 && (documentsFailed > 0 || outcome.problems.length > 0)) outcome.status = "failed";
    files.push(outcome);
  }
  return { files, summary: { sources, insights: insightIds.size, topics: topicSlugs.size, skipped, failed, alreadyPresent, quotesRepaired: quotes.repaired, quotesDropped: quotes.dropped } };
}
