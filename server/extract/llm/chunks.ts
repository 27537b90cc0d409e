import type { Turn } from "../types";

/** One piece of a source small enough for one model call, with the turns it came from. */
export interface Chunk {
  readonly text: string;
  readonly turns: readonly Turn[];
}

const clock = (seconds: number) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
};

/** A turn as the model reads it: "[12:31] Maya Chen: ...". */
export const renderTurn = (turn: Turn) =>
  `${turn.startSec !== undefined ? `[${clock(turn.startSec)}] ` : ""}${turn.speaker ? `${turn.speaker}: ` : ""}${turn.text}`;

/** A turn longer than a chunk, cut at sentence ends. */
function splitTurn(turn: Turn, maxChars: number): Turn[] {
  if (turn.text.length <= maxChars) return [turn];
  const pieces: Turn[] = [];
  let rest = turn.text;
  while (rest.length > maxChars) {
    const window = rest.slice(0, maxChars);
    const end = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
    const cut = end > maxChars / 2 ? end + 1 : maxChars;
    pieces.push({ ...turn, text: rest.slice(0, cut).trim() });
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push({ ...turn, text: rest });
  return pieces;
}

/** Turns packed into chunks of at most `maxChars`, never splitting a turn that fits in one. */
export function chunkTurns(turns: readonly Turn[], maxChars: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Turn[] = [];
  let size = 0;
  for (const turn of turns.flatMap((t) => splitTurn(t, maxChars))) {
    const line = renderTurn(turn);
    if (current.length > 0 && size + line.length + 1 > maxChars) {
      chunks.push({ text: current.map(renderTurn).join("\n"), turns: current });
      current = [];
      size = 0;
    }
    current.push(turn);
    size += line.length + 1;
  }
  if (current.length > 0) chunks.push({ text: current.map(renderTurn).join("\n"), turns: current });
  return chunks;
}
