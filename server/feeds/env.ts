import { z } from "zod";

const blankAsUnset = (v: unknown) => (v === "" ? undefined : v);
const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");
const number = (min: number, max: number) => z.coerce.number({ error: "must be a number" }).int().min(min).max(max);

/**
 * The variables of following podcasts and the daily brief, spread into the one env schema
 * (server/env.ts) so every problem is still listed at once.
 */
export const feedsEnvShape = {
  FEEDS_POLL_MINUTES: z.preprocess(blankAsUnset, number(1, 7 * 24 * 60).default(60)),
  FEEDS_ALLOW_PRIVATE: z.preprocess(blankAsUnset, flag.default(false)),
  FEEDS_SCHEDULE: z.preprocess(blankAsUnset, flag.default(true)),
  TRANSCRIBE: z.preprocess(blankAsUnset, z.enum(["none", "openai"]).default("none")),
  TRANSCRIBE_MODEL: z.preprocess(blankAsUnset, z.string().default("whisper-1")),
  TRANSCRIBE_BASE_URL: z.preprocess(blankAsUnset, z.url().optional()),
  TRANSCRIBE_MAX_BYTES: z.preprocess(blankAsUnset, number(1, 2 ** 31).default(25 * 1024 * 1024)),
  BRIEF_HOUR: z.preprocess(blankAsUnset, number(0, 23).default(7)),
  BRIEF_CRON: z.preprocess(blankAsUnset, z.string().optional()),
  BRIEF_SIZE: z.preprocess(blankAsUnset, number(1, 50).default(5)),
  SMTP_URL: z.preprocess(blankAsUnset, z.string().regex(/^smtps?:\/\/.+/, "must be an smtp:// or smtps:// URL").optional()),
  BRIEF_EMAIL_TO: z.preprocess(blankAsUnset, z.string().optional()),
  BRIEF_EMAIL_FROM: z.preprocess(blankAsUnset, z.string().default("Insight graph <brief@localhost>")),
  PUBLIC_URL: z.preprocess(blankAsUnset, z.url().optional()),
};

/** Rules across the variables above, on raw values. */
export function feedsCrossChecks(source: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (source.TRANSCRIBE === "openai" && !source.OPENAI_API_KEY && !source.OPENAI_BASE_URL && !source.TRANSCRIBE_BASE_URL) {
    problems.push("TRANSCRIBE: is openai but none of OPENAI_API_KEY, OPENAI_BASE_URL, TRANSCRIBE_BASE_URL is set");
  }
  if (source.BRIEF_EMAIL_TO && !source.SMTP_URL) problems.push("BRIEF_EMAIL_TO: is set but SMTP_URL is not: the brief could not be sent");
  return problems;
}
