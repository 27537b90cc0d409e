import { z } from "zod";
import { SourceId } from "../ids";
import { limits } from "../limits";
import { unreadableText } from "../readableText";
import { InsightSummary, SourceKind } from "../schemas/entities";
import { defineContract, waitParam } from "./contract";

export const SourceMeta = z.object({
  title: z.string().trim().min(1).max(limits.title),
  url: z.url({ protocol: /^https?$/ }).max(limits.url).optional(),
  show: z.string().trim().min(1).max(limits.title).optional(),
  kind: SourceKind.optional(),
  publishedAt: z.iso.date().or(z.iso.datetime({ offset: true })).optional(),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

/**
 * How a source's text is written. `feed` (RSS/Atom) and `json`/`jsonl` (pre-extracted insights)
 * may hold many sources, so they come in through the upload endpoint or the CLI.
 */
export const SourceFormat = z.enum([
  "text",
  "markdown",
  "html",
  "insight-page",
  "transcript",
  "vtt",
  "srt",
  "json",
  "jsonl",
  "feed",
  "pdf",
]);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** File name extensions read as sources, for uploads, folder walks and the file picker. */
export const sourceFileExtensions = ["txt", "text", "md", "markdown", "html", "htm", "vtt", "srt", "json", "jsonl", "ndjson", "xml", "rss", "atom", "pdf"] as const;

/** The formats read, in the words an error message uses. */
export const readableFormats = "text, Markdown, HTML, WebVTT, SRT, JSON/JSONL, RSS/Atom, PDF";

export const hasSourceExtension = (name: string) => sourceFileExtensions.some((extension) => name.toLowerCase().endsWith(`.${extension}`));

/** Formats whose text is one source, accepted inline by `POST /api/sources` (a PDF is bytes, not text). */
export const SingleSourceFormat = SourceFormat.exclude(["json", "jsonl", "feed", "pdf"]);

export const CreateSource = defineContract({
  method: "POST",
  path: "/api/sources",
  status: 201,
  query: z.object({ wait: waitParam }),
  body: SourceMeta.extend({
    text: z
      .string()
      .trim()
      .min(1)
      .max(limits.sourceText)
      .superRefine((text, ctx) => {
        const problem = unreadableText(text);
        if (problem) ctx.addIssue({ code: "custom", message: `the text ${problem}` });
      }),
    /** Detected from the text when absent. */
    format: SingleSourceFormat.optional(),
  }),
  response: z.object({
    source: z.object({ id: SourceId, title: z.string() }),
    insights: z.array(InsightSummary),
    /** How many of the insights the graph held already (the same source sent again). */
    alreadyPresent: z.number().int().nonnegative().optional(),
  }),
});

/** What became of one uploaded file (or one CLI input). */
export const IngestOutcome = z.object({
  file: z.string(),
  status: z.enum(["ingested", "failed"]),
  format: SourceFormat.nullable(),
  sources: z.array(
    z.object({
      id: SourceId,
      title: z.string(),
      insights: z.number().int().nonnegative(),
      /** Of those, how many the graph held already (the same source uploaded again): not new. */
      alreadyPresent: z.number().int().nonnegative().optional(),
    }),
  ),
  /** Sources of the file that could not be ingested, and items skipped, each with its reason. */
  problems: z.array(z.string()),
});
export type IngestOutcome = z.infer<typeof IngestOutcome>;

export const IngestSummary = z.object({
  sources: z.number().int().nonnegative(),
  insights: z.number().int().nonnegative(),
  topics: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Insights read that the graph held already; `insights - alreadyPresent` are new. */
  alreadyPresent: z.number().int().nonnegative().optional(),
  /** A model's quotes that were not the source's words: repaired to the nearest span, or dropped with their claim. */
  quotesRepaired: z.number().int().nonnegative().optional(),
  quotesDropped: z.number().int().nonnegative().optional(),
});
export type IngestSummary = z.infer<typeof IngestSummary>;

/**
 * `multipart/form-data` with one or more `files` parts; these text fields apply to every file.
 * The files themselves are checked by the server (count, size, text, format).
 */
export const UploadSources = defineContract({
  method: "POST",
  path: "/api/sources/upload",
  status: 201,
  query: z.object({ wait: waitParam }),
  body: z.object({
    format: SourceFormat.optional(),
    kind: SourceKind.optional(),
    show: z.string().trim().min(1).max(limits.title).optional(),
  }),
  response: z.object({
    files: z.array(IngestOutcome),
    summary: IngestSummary,
    /** The insights of the sources read, in file order, the first `maxUploadInsightsListed` of them. */
    insights: z.array(InsightSummary).optional(),
  }),
});

/** Insights an upload answer lists by name; the topic map shows the rest. */
export const maxUploadInsightsListed = 200;
