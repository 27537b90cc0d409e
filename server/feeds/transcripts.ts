import type { Turn } from "../extract/types";
import { FetchError, safeFetch, type SafeFetchOptions } from "../fetch/safeFetch";
import { decodeText, InputError, parseFormat } from "../ingest/formats";
import type { TranscriptLink } from "./episodes";

/** Subtitles and JSON keep times, so they come first; HTML last, as it carries page furniture. */
const PREFERENCE: readonly (readonly [string, Reader])[] = [
  ["text/vtt", "vtt"],
  ["application/x-subrip", "srt"],
  ["application/srt", "srt"],
  ["text/srt", "srt"],
  ["application/json", "json"],
  ["text/plain", "text"],
  ["text/html", "html"],
];
type Reader = "vtt" | "srt" | "json" | "text" | "html";

/** Why a transcript was not used; the episode falls back to its show notes and says so. */
export class TranscriptError extends Error {}

/** The transcript to read, best format first; null when the episode links none in a known format. */
export function pickTranscript(links: readonly TranscriptLink[]): { link: TranscriptLink; reader: Reader } | null {
  for (const [type, reader] of PREFERENCE) {
    const link = links.find((l) => l.type === type || l.type.startsWith(`${type};`));
    if (link) return { link, reader };
  }
  return null;
}

/** A transcript's text read into turns by the parser of its format (the same parsers as ingest). */
export function transcriptTurns(url: string, text: string, reader: Reader): Turn[] {
  const format = reader === "text" || reader === "json" ? "transcript" : reader;
  let doc;
  try {
    [doc] = parseFormat(url, text, format, { title: "transcript" });
  } catch (error) {
    throw new TranscriptError(error instanceof InputError ? `${url}: ${error.problem}` : String(error));
  }
  if (doc?.body.type !== "text") throw new TranscriptError(`${url}: no text in the transcript`);
  const turns: Turn[] = doc.body.turns ? [...doc.body.turns] : doc.body.text.split(/\n{2,}/).filter((t) => t.trim()).map((t) => ({ text: t.trim() }));
  if (turns.length === 0) throw new TranscriptError(`${url}: the transcript is empty`);
  return turns;
}

/** Fetches and reads an episode's best transcript; a problem is a TranscriptError saying what it was. */
export async function readTranscript(links: readonly TranscriptLink[], fetchOptions: SafeFetchOptions): Promise<{ url: string; turns: Turn[] } | null> {
  if (links.length === 0) return null;
  const picked = pickTranscript(links);
  if (!picked) {
    const types = [...new Set(links.map((l) => l.type || "no type"))].join(", ");
    throw new TranscriptError(`the transcript is ${types}, a format not read (VTT, SRT, JSON, HTML and plain text are)`);
  }
  const { url } = picked.link;
  let text: string;
  try {
    const answer = await safeFetch(url, { ...fetchOptions, accept: picked.link.type });
    text = decodeText(url, answer.bytes, fetchOptions.maxBytes ?? Number.POSITIVE_INFINITY);
  } catch (error) {
    if (error instanceof FetchError) throw new TranscriptError(`transcript ${url}: ${error.reason}`);
    if (error instanceof InputError) throw new TranscriptError(`transcript ${url}: ${error.problem}`);
    throw error;
  }
  return { url, turns: transcriptTurns(url, text, picked.reader) };
}
