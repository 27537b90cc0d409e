import type { NewInsight } from "@shared/api/insights";
import type { SourceFormat, SourceMeta } from "@shared/api/sources";
import type { Turn } from "../../extract/types";

/** What a source says, in the shape the ingest pipeline writes. */
export type DocumentBody =
  /** Prose or a transcript for the extractor; `turns` when the format already split it. */
  | { readonly type: "text"; readonly text: string; readonly turns?: readonly Turn[] }
  /** A page that lists its claims itself: each kept whole, the headline linked to the rest. */
  | { readonly type: "listed"; readonly headline: string | null; readonly claims: readonly string[] }
  /** Insights another tool extracted already (the `POST /api/insights` shape). */
  | { readonly type: "insights"; readonly insights: readonly NewInsight[] };

/** One source found in an input: every parser, whatever its format, produces these. */
export interface ParsedDocument {
  readonly format: SourceFormat;
  readonly meta: SourceMeta;
  readonly body: DocumentBody;
  /** A transcript the document links to (a feed's `podcast:transcript`), fetched by the pipeline. */
  readonly transcriptUrl?: string;
  /** Items of the input left out, each with its reason (an invalid JSONL line, an empty feed item). */
  readonly skipped?: readonly string[];
  /** The URL the input was fetched from, which a re-ingest fetches again; absent for uploads and files. */
  readonly readFrom?: string;
}

/** An input as it arrives: a file, an upload or a fetched URL. */
export interface RawInput {
  /** File name, upload name or URL: named in every error. */
  readonly origin: string;
  readonly bytes: Uint8Array;
  /** The URL it was fetched from; becomes the source's URL. */
  readonly url?: string;
  /** The `Content-Type` the server or the browser declared, a hint for detection. */
  readonly contentType?: string;
}

/** Why an input cannot be read, in words that name the file and the problem. */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    readonly problem: string,
  ) {
    super(`${origin}: ${problem}`);
  }
}

/** A file's name without folders and extension, as a fallback title. */
export function titleFromOrigin(origin: string): string {
  const name = origin.replace(/[?#].*$/, "").split(/[\\/]/).filter(Boolean).pop() ?? origin;
  const stem = name.replace(/\.[a-z0-9]{1,8}$/i, "").replace(/[-_]+/g, " ").trim();
  return stem.length > 0 ? stem.charAt(0).toUpperCase() + stem.slice(1) : origin;
}
