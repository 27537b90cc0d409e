import type { SourceFormat, SourceMeta } from "@shared/api/sources";
import { checkSize, DEFAULT_MAX_BYTES, decodeText } from "./decode";
import { detectFormat } from "./detect";
import { parseFeed } from "./feed";
import { parseHtml } from "./html";
import { parseInsightPage } from "./insightPage";
import { parseInsightsJson } from "./json";
import { isPdf, parsePdf } from "./pdf";
import { parseSubtitles } from "./subtitles";
import { parseMarkdown, parseText, parseTranscript } from "./text";
import { InputError, type ParsedDocument, type RawInput } from "./types";

export { InputError, type DocumentBody, type ParsedDocument, type RawInput } from "./types";
export { decodeText, DEFAULT_MAX_BYTES } from "./decode";
export { detectFormat } from "./detect";

export interface ParseOptions {
  /** Skip detection and read the input as this format. */
  readonly format?: SourceFormat;
  /** Metadata that overrides what the input says about itself (title, show, kind, ...). */
  readonly meta?: Partial<SourceMeta>;
  readonly maxBytes?: number;
}

/** The one parser for a format, from its text to the common document shape. */
export function parseFormat(origin: string, text: string, format: SourceFormat, meta: Partial<SourceMeta> = {}, url?: string): ParsedDocument[] {
  const withUrl = url && !meta.url ? { ...meta, url } : meta;
  switch (format) {
    case "text":
      return [parseText(origin, text, withUrl)];
    case "markdown":
      return [parseMarkdown(origin, text, withUrl)];
    case "transcript":
      return [parseTranscript(origin, text, withUrl)];
    case "html":
      return [parseHtml(origin, text, meta, url)];
    case "insight-page":
      return [parseInsightPage(origin, text, meta, url)];
    case "vtt":
    case "srt":
      return [parseSubtitles(origin, text, format, withUrl)];
    case "json":
    case "jsonl":
      return [parseInsightsJson(origin, text, format, meta)];
    case "feed":
      return parseFeed(origin, text, meta);
    case "pdf":
      throw new InputError(origin, "a PDF is read from its file, not from pasted text");
  }
}

/** Any input (a file, an upload, a fetched page): decoded, its format detected, then parsed. */
export function parseInput(input: RawInput, options: ParseOptions = {}): ParsedDocument[] {
  const text = decodeText(input.origin, input.bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const format = options.format ?? detectFormat(input.origin, text, input.contentType);
  return parseFormat(input.origin, text, format, options.meta, input.url);
}

/** Like `parseInput`, and reads a PDF's text layer too (which pdf.js reads asynchronously). */
export async function readDocuments(input: RawInput, options: ParseOptions = {}): Promise<ParsedDocument[]> {
  if (!isPdf(input.bytes) || (options.format ?? "pdf") !== "pdf") return parseInput(input, options);
  checkSize(input.origin, input.bytes, options.maxBytes);
  const meta = input.url && !options.meta?.url ? { ...options.meta, url: input.url } : options.meta;
  return [await parsePdf(input.origin, input.bytes, meta)];
}
