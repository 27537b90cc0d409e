import type { SourceMeta } from "@shared/api/sources";
import { type NodeCue, parseSync } from "subtitle";
import { parseTurns } from "../../extract/heuristic/transcript";
import type { Turn } from "../../extract/types";
import { InputError, type ParsedDocument, titleFromOrigin } from "./types";

/** A pause this long after a finished sentence starts a new paragraph. */
const PARAGRAPH_PAUSE_MS = 4_000;

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", nbsp: " ", quot: '"', apos: "'", "#39": "'" };

// Sung lines and the ellipses films use for trailing speech ("... ...", "…"): artefacts of
// captioning, not words; a cue left with only these is dropped.
const musicAndDots = /[♪♫♬♩]+|(?:(?:\.{2,}|…)\s*){2,}|^\s*(?:\.{2,}|…)\s*|\s*(?:\.{2,}|…)\s*$/g;

interface CueLine {
  readonly text: string;
  readonly speaker?: string;
  /** A leading "- " or ">>": someone else speaks, name unknown. */
  readonly changesSpeaker: boolean;
}

/** A cue's words: `<v Maya Chen>` and "Maya Chen:" name the speaker; other markup, sounds and fillers go. */
function readCue(raw: string): CueLine {
  const voice = /<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(raw)?.[1]?.trim();
  const plain = raw
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|nbsp|quot|apos|#39);/g, (_, name: string) => entities[name] ?? "")
    .replace(/\s*\n\s*/g, " ")
    .replace(musicAndDots, " ")
    .replace(/\s+/g, " ")
    .trim();
  const changesSpeaker = /^(?:-|>>)\s/.test(plain);
  const [turn] = parseTurns(plain.replace(/^(?:-|>>)\s*/, ""));
  const speaker = voice ?? turn?.speaker;
  return { text: turn?.text ?? "", changesSpeaker, ...(speaker !== undefined && { speaker }) };
}

/** Subtitle cues joined into speaker turns, each sentence keeping the start of the cue it starts in and the end of the cue it ends in. */
export function cuesToTurns(cues: readonly NodeCue["data"][]): Turn[] {
  const turns: Turn[] = [];
  let current:
    | { text: string; speaker?: string; startSec: number; cues: { offset: number; startSec: number }[]; cueEnds: { offset: number; endSec: number }[] }
    | undefined;
  let previousText = "";
  let previousEnd = 0;
  for (const cue of cues) {
    const line = readCue(cue.text);
    // Rolling captions repeat the previous line before adding a new one.
    if (line.text.length === 0 || line.text === previousText) continue;
    const startSec = Math.floor(cue.start / 1000);
    const endSec = Math.ceil(cue.end / 1000);
    const newSpeaker = line.speaker !== undefined && line.speaker !== current?.speaker;
    const pause = cue.start - previousEnd >= PARAGRAPH_PAUSE_MS && /[.!?]["”']?$/.test(current?.text ?? "");
    if (!current || newSpeaker || line.changesSpeaker || pause) {
      if (current) turns.push(current);
      const speaker = line.speaker ?? (line.changesSpeaker ? undefined : current?.speaker);
      current = { text: line.text, startSec, cues: [], cueEnds: [{ offset: 0, endSec }], ...(speaker !== undefined && { speaker }) };
    } else {
      current.cues.push({ offset: current.text.length + 1, startSec });
      current.cueEnds.push({ offset: current.text.length + 1, endSec });
      current.text = `${current.text} ${line.text}`;
    }
    previousText = line.text;
    previousEnd = cue.end;
  }
  if (current) turns.push(current);
  return turns;
}

/** A WebVTT or SRT file as a transcript; a malformed one is refused with the row that is wrong. */
export function parseSubtitles(
  origin: string,
  text: string,
  format: "vtt" | "srt",
  meta: Partial<SourceMeta> = {},
): ParsedDocument {
  const name = format === "vtt" ? "WebVTT" : "SRT";
  if (format === "vtt" && !/^\uFEFF?WEBVTT\b/.test(text.trimStart())) {
    throw new InputError(origin, "malformed WebVTT: the file must begin with the line WEBVTT");
  }
  let cues: NodeCue["data"][];
  try {
    cues = parseSync(text.trimStart()).flatMap((node) => (node.type === "cue" ? [node.data] : []));
  } catch (error) {
    throw new InputError(origin, `malformed ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const turns = cuesToTurns(cues);
  if (turns.length === 0) throw new InputError(origin, `the ${name} file has no captions with text`);
  return {
    format,
    meta: { title: titleFromOrigin(origin), kind: "podcast-episode", ...meta },
    body: { type: "text", text: turns.map((turn) => turn.text).join("\n\n"), turns },
  };
}
