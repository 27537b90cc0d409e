import type { Turn } from "../types";

export type { Turn } from "../types";

const CLOCK = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?`;
const leadingTimestamp = new RegExp(String.raw`^[\[(]?${CLOCK}[\])]?\s*(?:[-–—|]\s*)?`);
const inlineTimestamp = new RegExp(String.raw`\s*[\[(]${CLOCK}[\])]\s*`, "g");

// Up to five capitalised words (names may carry particles such as "van" or "de"), or a
// diarisation id such as SPEAKER_00 or "Speaker 2"; then an optional "(Name)" or "(00:12:31)",
// then a colon. Lower-case words keep prose ("Notes from the allotment: ...") from matching.
const NAME_WORD = String.raw`[A-Z][\p{L}.'’-]*`;
const PARTICLE = "van|von|de|da|del|la|bin|al";
const speakerLabel = new RegExp(
  String.raw`^(SPEAKER_\d+|Speaker \d+|${NAME_WORD}(?: (?:${NAME_WORD}|${PARTICLE})){0,4})` +
    String.raw`(?: \(([^)]{1,40})\))?:\s+`,
  "u",
);

// Sounds and directions a transcriber writes down but nobody said as a claim.
const stageDirection = new RegExp(
  String.raw`[[(](?:laugh\w*|chuckl\w*|music|crosstalk|inaudible[^\])]*|applause|pause|silence|sighs?|coughs?|(?:ad )?break)[\])]`,
  "gi",
);
const filler = /(?<=^|[\s,])(?:um+|uh+|erm+|er|hmm+)\b[,.]?\s*/gi;
const bullet = /^(?:[-*•–]|\d{1,2}[.)])\s+/;

/** Seconds from `01:02:03`, `12:31` or `[00:12:31]`; undefined when the text is not a timestamp. */
export function parseTimestamp(raw: string): number | undefined {
  const match = /(?:(\d{1,2}):)?(\d{1,2}):(\d{2})/.exec(raw);
  if (!match) return undefined;
  const [, hours = "0", minutes = "0", seconds = "0"] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

interface Line {
  readonly text: string;
  readonly speaker?: string;
  readonly startSec?: number;
}

// "Maya Chen  0:04", "SPEAKER_00 (00:01:10)" or "00:04 Maya Chen" alone on a line: a header
// naming who speaks next and when, as Otter, Descript and diarisation tools export it.
const SPEAKER = String.raw`SPEAKER_\d+|Speaker \d+|${NAME_WORD}(?: (?:${NAME_WORD}|${PARTICLE})){0,4}`;
const headerNameFirst = new RegExp(String.raw`^(${SPEAKER})\s+[\[(]?(${CLOCK})[\])]?$`, "u");
const headerClockFirst = new RegExp(String.raw`^[\[(]?(${CLOCK})[\])]?\s+(${SPEAKER}):?$`, "u");
const bareDiarisationId = /^(SPEAKER_\d+|Speaker \d+):?$/;

function readHeader(line: string): Line | undefined {
  const nameFirst = headerNameFirst.exec(line);
  if (nameFirst?.[1] && nameFirst[2]) return { text: "", speaker: nameFirst[1], startSec: parseTimestamp(nameFirst[2]) };
  const clockFirst = headerClockFirst.exec(line);
  if (clockFirst?.[1] && clockFirst[2]) return { text: "", speaker: clockFirst[2], startSec: parseTimestamp(clockFirst[1]) };
  const bare = bareDiarisationId.exec(line);
  return bare?.[1] ? { text: "", speaker: bare[1] } : undefined;
}

function readLine(raw: string): Line {
  const header = readHeader(raw.trim());
  if (header) return header;
  let text = raw.trim().replace(bullet, "");
  let startSec: number | undefined;
  const stamp = leadingTimestamp.exec(text);
  if (stamp) {
    startSec = parseTimestamp(stamp[0]);
    text = text.slice(stamp[0].length);
  }
  const label = speakerLabel.exec(text);
  let speaker: string | undefined;
  if (label) {
    speaker = label[1];
    // "Host (Nadia Petrov):" names the person in brackets; "Maya (00:12:31):" times the turn.
    const aside = label[2];
    if (aside !== undefined && parseTimestamp(aside) !== undefined) startSec ??= parseTimestamp(aside);
    else if (aside !== undefined) speaker = aside;
    text = text.slice(label[0].length);
  }
  text = text.replace(inlineTimestamp, " ").replace(stageDirection, " ").replace(filler, "").replace(/\s+/g, " ").trim();
  return { text, ...(speaker !== undefined && { speaker }), ...(startSec !== undefined && { startSec }) };
}

/**
 * Splits a transcript or an article into turns: a new turn starts at another speaker's label, a
 * timestamp or a blank line, and hard-wrapped lines of one paragraph are joined back together.
 */
export function parseTurns(text: string): Turn[] {
  const turns: Turn[] = [];
  let current: { text: string; speaker?: string; startSec?: number; cues?: { offset: number; startSec: number }[] } | undefined;
  const flush = () => {
    if (current && current.text.length > 0) turns.push(current);
    current = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === "") {
      // A header line ("Maya Chen  0:04") may be followed by a blank line before its text.
      if (current?.text) flush();
      continue;
    }
    const line = readLine(raw);
    const startsTurn = line.speaker !== undefined || line.startSec !== undefined || bullet.test(raw.trim());
    if (current && !startsTurn) {
      current.text = `${current.text} ${line.text}`.trim();
      continue;
    }
    // One sentence a line ("SANDERS: ...", "SANDERS: ..."): a speaker's consecutive lines are one
    // turn, so a claim that runs over two of them stays whole; each line keeps its time as a cue.
    if (current?.text && line.speaker !== undefined && line.speaker === current.speaker && line.text) {
      const offset = current.text.length + 1;
      current.text = `${current.text} ${line.text}`;
      if (line.startSec !== undefined) current.cues = [...(current.cues ?? []), { offset, startSec: line.startSec }];
      continue;
    }
    flush();
    current = { ...line };
  }
  flush();
  return turns;
}
