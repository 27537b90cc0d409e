import type { SourceMeta } from "@shared/api/sources";
import { parseTurns } from "../../extract/heuristic/transcript";
import { podcastTranscriptTurns } from "./podcastTranscript";
import { InputError, type ParsedDocument, titleFromOrigin } from "./types";

/** Plain prose: the first short line without a full stop is the title, when there is one. */
export function parseText(origin: string, text: string, meta: Partial<SourceMeta> = {}): ParsedDocument {
  const firstLine = text.trimStart().split("\n", 1)[0]?.trim() ?? "";
  const titled = firstLine.length > 0 && firstLine.length <= 120 && !/[.!?:]$/.test(firstLine) && text.includes("\n");
  return {
    format: "text",
    meta: { title: titled ? firstLine : titleFromOrigin(origin), kind: "article", ...meta },
    body: { type: "text", text: titled ? text.trimStart().slice(firstLine.length).trim() : text.trim() },
  };
}

/**
 * A speaker transcript ("Maya Chen: ...", "SPEAKER_00 ...", "Maya Chen  0:04" headers, or the
 * Podcasting 2.0 JSON of segments): turns keep their speaker and start time as provenance; labels
 * and timestamps never reach the text.
 */
export function parseTranscript(origin: string, text: string, meta: Partial<SourceMeta> = {}): ParsedDocument {
  // No line transcript starts with a brace, so one that does is read as JSON or refused.
  const turns = /^\s*\{/.test(text) ? podcastTranscriptTurns(text) : parseTurns(text);
  if (!turns) throw new InputError(origin, 'not a podcast JSON transcript (no "segments" with a "body")');
  return {
    format: "transcript",
    meta: { title: titleFromOrigin(origin), kind: "podcast-episode", ...meta },
    body: { type: "text", text: turns.map((turn) => turn.text).join("\n\n"), turns },
  };
}

// A "key: value" line of YAML front matter; only flat scalar fields are read.
const frontMatterField = /^(title|show|url|date|published|publishedAt|kind):\s*["']?(.*?)["']?\s*$/;

function readFrontMatter(markdown: string): { meta: Partial<SourceMeta>; rest: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match?.[1]) return { meta: {}, rest: markdown };
  const fields = new Map<string, string>();
  for (const line of match[1].split("\n")) {
    const field = frontMatterField.exec(line.trim());
    if (field?.[1] && field[2]) fields.set(field[1], field[2]);
  }
  const date = fields.get("publishedAt") ?? fields.get("published") ?? fields.get("date");
  const meta: Partial<SourceMeta> = {
    ...(fields.has("title") && { title: fields.get("title") }),
    ...(fields.has("show") && { show: fields.get("show") }),
    ...(fields.get("url")?.startsWith("http") && { url: fields.get("url") }),
    ...(date && /^\d{4}-\d{2}-\d{2}/.test(date) && { publishedAt: date.slice(0, 10) }),
  };
  return { meta, rest: markdown.slice(match[0].length) };
}

/** Markdown as prose: markup gone, headings dropped (the first one titles the source), lists kept as items. */
export function markdownToText(markdown: string): { title: string | undefined; text: string } {
  let title: string | undefined;
  const text = markdown
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, "\n")
    .replace(/<!--[\s\S]*?-->/g, "")
    .split("\n")
    .map((line) => {
      const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) {
        title ??= heading[1];
        return "";
      }
      if (/^\s*(?:[-*_]\s*){3,}$/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) return "";
      return line.replace(/^\s*>\s?/, "");
    })
    .join("\n")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { title, text };
}

export function parseMarkdown(origin: string, markdown: string, meta: Partial<SourceMeta> = {}): ParsedDocument {
  const front = readFrontMatter(markdown);
  const { title, text } = markdownToText(front.rest);
  return {
    format: "markdown",
    meta: { title: front.meta.title ?? title ?? titleFromOrigin(origin), kind: "article", ...front.meta, ...meta },
    body: { type: "text", text },
  };
}
