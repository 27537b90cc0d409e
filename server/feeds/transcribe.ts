import { z } from "zod";
import type { Turn } from "../extract/types";
import { FetchError, safeFetch, type SafeFetchOptions } from "../fetch/safeFetch";

export interface TranscriberConfig {
  /** An OpenAI-compatible API's base, ending in `/v1`. */
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly model: string;
  /** Largest audio file fetched and sent. */
  readonly maxBytes: number;
  readonly timeoutMs?: number;
}

/** Turns an episode's audio into timed turns. */
export interface Transcriber {
  readonly model: string;
  transcribe(audioUrl: string, fetchOptions: SafeFetchOptions): Promise<Turn[]>;
}

export class TranscriptionError extends Error {}

/** `verbose_json` answers carry segments with times; plain `json` answers only the text. */
const Answer = z.object({
  text: z.string(),
  segments: z.array(z.object({ start: z.number(), text: z.string() })).optional(),
});

const fileNameOf = (url: string) => new URL(url).pathname.split("/").pop()?.replace(/[^\w.-]/g, "") || "episode.mp3";

/**
 * Audio through any OpenAI-compatible `/v1/audio/transcriptions` (OpenAI's whisper-1, a local
 * whisper server, vLLM...): the file is fetched safely and capped, sent as multipart, and each
 * segment becomes a turn that keeps its start time, so insights link to their moment.
 */
export function createTranscriber(config: TranscriberConfig): Transcriber {
  const endpoint = `${config.baseUrl.replace(/\/+$/, "")}/audio/transcriptions`;
  return {
    model: config.model,
    async transcribe(audioUrl, fetchOptions) {
      let audio;
      try {
        audio = await safeFetch(audioUrl, { ...fetchOptions, maxBytes: config.maxBytes, timeoutMs: config.timeoutMs ?? 120_000, accept: "audio/*" });
      } catch (error) {
        if (error instanceof FetchError) throw new TranscriptionError(`audio ${audioUrl}: ${error.reason}`);
        throw error;
      }
      const form = new FormData();
      const type = audio.headers["content-type"] ?? "audio/mpeg";
      form.append("file", new Blob([new Uint8Array(audio.bytes)], { type }), fileNameOf(audio.url));
      form.append("model", config.model);
      form.append("response_format", "verbose_json");
      form.append("timestamp_granularities[]", "segment");
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: "POST",
          body: form,
          headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
          signal: AbortSignal.timeout(config.timeoutMs ?? 600_000),
        });
      } catch (error) {
        throw new TranscriptionError(`transcription at ${endpoint} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!response.ok) throw new TranscriptionError(`transcription at ${endpoint} answered ${response.status}`);
      const parsed = Answer.safeParse(await response.json().catch(() => null));
      if (!parsed.success) throw new TranscriptionError(`transcription at ${endpoint} answered something that is not a transcription`);
      const segments = parsed.data.segments?.filter((s) => s.text.trim()) ?? [];
      if (segments.length === 0) return parsed.data.text.trim() ? [{ text: parsed.data.text.trim() }] : [];
      return segments.map((s) => ({ text: s.text.trim(), startSec: Math.floor(s.start) }));
    },
  };
}
