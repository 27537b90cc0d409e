import type { SourceFormat } from "@shared/api/sources";
import { looksLikePodcastTranscript } from "./podcastTranscript";

const byExtension: Readonly<Record<string, SourceFormat>> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  vtt: "vtt",
  srt: "srt",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
  rss: "feed",
  atom: "feed",
  xml: "feed",
};

const byContentType: readonly [RegExp, SourceFormat][] = [
  [/^text\/vtt\b/, "vtt"],
  [/^(?:application|text)\/(?:x-)?srt\b|^application\/x-subrip\b/, "srt"],
  [/^application\/(?:rss|atom)\+xml\b|^(?:application|text)\/xml\b/, "feed"],
  [/^text\/html\b|^application\/xhtml\+xml\b/, "html"],
  [/^application\/(?:x-)?(?:nd)?jsonl?\b|^application\/x-ndjson\b/, "json"],
  [/^text\/markdown\b/, "markdown"],
];

// "Maya Chen: ...", "SPEAKER_00: ...", "[00:12:31] ..." or a "Maya Chen  0:04" header line.
const transcriptLine =
  /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s|(?:SPEAKER_\d+|Speaker \d+|[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3})(?::\s|\s+\(?\d{1,2}:\d{2}(?::\d{2})?\)?$))/u;

/** An insight page names its list: "Related Insights", "More insights", "Key insights". */
export const insightListHeading = /^\s*(?:related|more|other|key|similar|top)\s+insights?\s*:?\s*$/i;

/** A line of plain text or Markdown that heads an insight list ("## Related Insights", "**Key insights:**"). */
const listHeadingLine = (line: string) => insightListHeading.test(line.replace(/^\s*#{1,6}\s+|[*_]{2}/g, ""));

function looksLikeTranscript(text: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim().length > 0).slice(0, 60);
  const labelled = lines.filter((line) => transcriptLine.test(line.trim())).length;
  return lines.length > 0 && labelled >= Math.max(2, lines.length * 0.3);
}

function fromContent(text: string): SourceFormat {
  const head = text.trimStart().slice(0, 2000);
  if (/^WEBVTT\b/.test(head)) return "vtt";
  if (/^\d+\s*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s*-->/.test(head)) return "srt";
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed)\b|^<(?:rss|feed)\b/i.test(head)) return "feed";
  if (/^(?:<!doctype html|<html\b|<head\b|<body\b)/i.test(head)) return htmlKind(text);
  if (looksLikePodcastTranscript(head)) return "transcript";
  if (/^[[{]/.test(head)) return /^\{[^\n]*\}\s*\n\s*\{/.test(text.trim()) ? "jsonl" : "json";
  if (text.split("\n", 400).some(listHeadingLine)) return "insight-page";
  if (/^(?:---\n[\s\S]*?\n---\n|#{1,6} )/.test(head) || /\n#{1,6} |\]\(https?:\/\//.test(head)) return "markdown";
  return looksLikeTranscript(text) ? "transcript" : "text";
}

// An HTML page with its own list of insights is read as one; any other page as an article.
function htmlKind(text: string): SourceFormat {
  return />\s*(?:related|more|other|key|similar|top)\s+insights?\s*:?\s*</i.test(text) ? "insight-page" : "html";
}

/**
 * The format of an input from its name's extension, its declared content type and its first
 * characters. Content decides between close cousins: `.txt` holding a speaker transcript, `.html`
 * listing insights, `.json` holding one object per line.
 */
export function detectFormat(origin: string, text: string, contentType?: string): SourceFormat {
  const extension = /\.([a-z0-9]{1,8})(?:[?#].*)?$/i.exec(origin)?.[1]?.toLowerCase();
  const declared = (extension && byExtension[extension]) || byContentType.find(([pattern]) => pattern.test(contentType ?? ""))?.[1];
  switch (declared) {
    case undefined:
      return fromContent(text);
    case "text":
    case "markdown": {
      // Content decides: a pasted insight page or a speaker transcript saved as .txt or .md.
      const found = fromContent(text);
      return found === "insight-page" || (declared === "text" && found === "transcript") ? found : declared;
    }
    case "html":
      return htmlKind(text);
    case "json":
    case "jsonl": {
      const found = fromContent(text);
      return found === "jsonl" || found === "transcript" ? found : "json";
    }
    default:
      return declared;
  }
}
