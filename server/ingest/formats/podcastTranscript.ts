import { z } from "zod";
import type { Turn } from "../../extract/types";

/** The Podcasting 2.0 JSON transcript: segments with times and, often, speakers. */
const JsonTranscript = z.object({
  segments: z
    .array(z.object({ body: z.string(), startTime: z.number().nonnegative().optional(), speaker: z.string().max(200).optional() }))
    .min(1),
});

/** Whether a JSON text is a Podcasting 2.0 transcript rather than a list of insights. */
export const looksLikePodcastTranscript = (text: string) => /^\s*\{[\s\S]{0,2000}?"segments"\s*:\s*\[/.test(text);

/**
 * Segments joined into speaker turns, each later segment's time kept as a cue inside its turn;
 * null when the text is not such a transcript.
 */
export function podcastTranscriptTurns(text: string): Turn[] | null {
  let parsed: z.infer<typeof JsonTranscript>;
  try {
    parsed = JsonTranscript.parse(JSON.parse(text));
  } catch {
    return null;
  }
  const turns: { text: string; speaker?: string; startSec?: number; cues: { offset: number; startSec: number }[] }[] = [];
  for (const segment of parsed.segments) {
    const body = segment.body.replace(/\s+/g, " ").trim();
    if (!body) continue;
    const startSec = segment.startTime !== undefined ? Math.floor(segment.startTime) : undefined;
    const last = turns.at(-1);
    if (last && last.speaker === segment.speaker) {
      if (startSec !== undefined) last.cues.push({ offset: last.text.length + 1, startSec });
      last.text = `${last.text} ${body}`;
    } else {
      turns.push({ text: body, cues: [], ...(segment.speaker && { speaker: segment.speaker }), ...(startSec !== undefined && { startSec }) });
    }
  }
  return turns;
}
