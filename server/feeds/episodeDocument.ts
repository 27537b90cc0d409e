import type { Turn } from "../extract/types";
import type { SafeFetchOptions } from "../fetch/safeFetch";
import type { ParsedDocument } from "../ingest/formats";
import { notesToText } from "../ingest/formats/feed";
import type { ChapterRow } from "../repositories/feeds";
import { withFeedRoles } from "../speakers/feedPersons";
import { fetchChapters } from "./chapters";
import type { Episode } from "./episodes";
import type { Transcriber } from "./transcribe";
import { readTranscript } from "./transcripts";

/** Where an episode's text came from; kept on its source as `textFrom`. */
export type TextFrom = "transcript" | "audio" | "show-notes";

export interface EpisodeReading {
  /** The source to ingest, or null when the episode has nothing to read. */
  readonly doc: ParsedDocument | null;
  readonly textFrom: TextFrom | null;
  readonly chapters: readonly ChapterRow[];
  /** What was tried and did not work, each with its reason (the episode may still be read). */
  readonly problems: readonly string[];
}

export interface ReadingContext {
  readonly show?: string;
  readonly fetchOptions: SafeFetchOptions;
  /** Largest transcript read. */
  readonly transcriptMaxBytes: number;
  /** Set when TRANSCRIBE=openai: audio is transcribed when there is no transcript. */
  readonly transcriber?: Transcriber;
}

const isAudio = (enclosure: Episode["enclosure"]) => enclosure !== undefined && (!enclosure.type || /^(audio|video)\//.test(enclosure.type));

/**
 * What an episode says, from the best place: its transcript (`podcast:transcript`), else its audio
 * transcribed (TRANSCRIBE=openai), else its show notes. A transcript or audio that fails is named
 * in `problems` and the next place is used, so an episode is read whole from one place or not at all.
 */
export async function readEpisode(episode: Episode, context: ReadingContext): Promise<EpisodeReading> {
  const problems: string[] = [];
  let turns: Turn[] | null = null;
  let textFrom: TextFrom | null = null;
  try {
    const transcript = await readTranscript(episode.transcripts, { ...context.fetchOptions, maxBytes: context.transcriptMaxBytes });
    if (transcript) [turns, textFrom] = [transcript.turns, "transcript"];
  } catch (error) {
    problems.push(`${episode.title}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!turns && context.transcriber && isAudio(episode.enclosure)) {
    try {
      const audioTurns = await context.transcriber.transcribe(episode.enclosure!.url, context.fetchOptions);
      if (audioTurns.length > 0) [turns, textFrom] = [audioTurns, "audio"];
    } catch (error) {
      problems.push(`${episode.title}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!turns && episode.notes) {
    const notes = notesToText(episode.notes);
    if (notes.trim()) [turns, textFrom] = [notes.split(/\n{2,}/).filter(Boolean).map((text) => ({ text })), "show-notes"];
  }
  const { chapters, problem } = episode.chaptersUrl && textFrom !== "show-notes" ? await fetchChapters(episode.chaptersUrl, context.fetchOptions) : { chapters: [] };
  if (problem) problems.push(`${episode.title}: ${problem}`);
  if (!turns || !textFrom) return { doc: null, textFrom: null, chapters: [], problems: [...problems, `${episode.title}: no transcript and no show notes to read`] };
  const url = episode.link ?? episode.enclosure?.url;
  const doc: ParsedDocument = {
    format: textFrom === "show-notes" ? "feed" : "transcript",
    meta: {
      title: episode.title,
      kind: "podcast-episode",
      ...(context.show && { show: context.show }),
      ...(url && { url }),
      ...(episode.publishedAt && { publishedAt: episode.publishedAt }),
    },
    // Speaker labels get the role the feed gives them, as a transcript header would say it.
    body: { type: "text", text: turns.map((t) => t.text).join("\n\n"), turns: withFeedRoles(turns, episode.persons) },
  };
  return { doc, textFrom, chapters, problems };
}
