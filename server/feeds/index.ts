import type { AddressRule } from "../fetch/addresses";
import type { PipelineDeps } from "../ingest/pipeline";
import type { CheckContext } from "./checkFeed";
import { createTranscriber, type Transcriber } from "./transcribe";

export { createFeedFollower, type FeedFollower } from "./follow";
export { startFeedSchedule } from "./schedule";

export interface FeedSettings {
  readonly pollMinutes?: number;
  readonly allowPrivate?: boolean;
  /** Tests only: which addresses count as public. */
  readonly allowAddress?: AddressRule;
  readonly transcriber?: Transcriber;
  readonly maxBytes?: number;
  readonly backfill?: number;
  readonly now?: () => Date;
  readonly random?: () => number;
  /** How long `POST /api/feeds` waits for the first check before answering without it (default 15 s). */
  readonly subscribeWaitMs?: number;
}

const MB = 1024 * 1024;

/** What a check needs, with the defaults the README states. */
export function feedContext(pipeline: PipelineDeps, settings: FeedSettings = {}): CheckContext {
  return {
    pipeline,
    pollMinutes: settings.pollMinutes ?? 60,
    feedMaxBytes: settings.maxBytes ?? 10 * MB,
    transcriptMaxBytes: settings.maxBytes ?? 10 * MB,
    backfill: settings.backfill ?? 10,
    perCheck: 50,
    now: settings.now ?? (() => new Date()),
    ...(settings.random && { random: settings.random }),
    ...(settings.transcriber && { transcriber: settings.transcriber }),
    fetchOptions: { allowPrivate: settings.allowPrivate ?? false, ...(settings.allowAddress && { allowAddress: settings.allowAddress }) },
  };
}

/** The variables that configure following (see server/feeds/env.ts), read into settings. */
export function feedSettingsFromEnv(env: {
  FEEDS_POLL_MINUTES: number;
  FEEDS_ALLOW_PRIVATE: boolean;
  TRANSCRIBE: "none" | "openai";
  TRANSCRIBE_MODEL: string;
  TRANSCRIBE_BASE_URL?: string | undefined;
  TRANSCRIBE_MAX_BYTES: number;
  OPENAI_BASE_URL?: string | undefined;
  OPENAI_API_KEY?: string | undefined;
  INGEST_MAX_BYTES?: number | undefined;
}): FeedSettings {
  const transcriber =
    env.TRANSCRIBE === "openai"
      ? createTranscriber({
          baseUrl: env.TRANSCRIBE_BASE_URL ?? env.OPENAI_BASE_URL ?? "https://api.openai.com/v1",
          model: env.TRANSCRIBE_MODEL,
          maxBytes: env.TRANSCRIBE_MAX_BYTES,
          ...(env.OPENAI_API_KEY && { apiKey: env.OPENAI_API_KEY }),
        })
      : undefined;
  return {
    pollMinutes: env.FEEDS_POLL_MINUTES,
    allowPrivate: env.FEEDS_ALLOW_PRIVATE,
    ...(env.INGEST_MAX_BYTES && { maxBytes: env.INGEST_MAX_BYTES }),
    ...(transcriber && { transcriber }),
  };
}
