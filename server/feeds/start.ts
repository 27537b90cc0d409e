import { createBriefDelivery } from "../brief/delivery";
import { createBriefMailer } from "../brief/mail";
import { type BriefSchedule, briefPattern, checkBriefPattern, startBriefSchedule } from "../brief/schedule";
import type { Env } from "../env";
import { EnvError } from "../env";
import type { PipelineDeps } from "../ingest/pipeline";
import { LOCAL_PROFILE } from "../repositories/profile";
import { createFeedFollower, feedContext, feedSettingsFromEnv, startFeedSchedule } from ".";
import type { Schedule } from "./schedule";

/** Where people reach the app: PUBLIC_URL, else the address it binds. */
export function appUrlOf(env: Pick<Env, "PUBLIC_URL" | "HOST" | "PORT">): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL.replace(/\/+$/, "");
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  return `http://${host.includes(":") ? `[${host}]` : host}:${env.PORT}`;
}

/**
 * What `npm start` runs by itself: feed polling and the daily brief. Made before the app (which
 * shares the follower and the briefs), started once the database is ready, stopped on exit.
 */
export function startFollowing(env: Env, pipeline: PipelineDeps, log: (line: string) => void) {
  const pattern = briefPattern(env.BRIEF_HOUR, env.BRIEF_CRON);
  const problem = checkBriefPattern(pattern);
  if (problem) throw new EnvError(`Invalid configuration:\n  BRIEF_CRON: ${problem}`);
  const appUrl = appUrlOf(env);
  const feeds = createFeedFollower(feedContext(pipeline, feedSettingsFromEnv(env)), log);
  const mailer = env.SMTP_URL && env.BRIEF_EMAIL_TO ? createBriefMailer({ smtpUrl: env.SMTP_URL, to: env.BRIEF_EMAIL_TO, from: env.BRIEF_EMAIL_FROM }) : undefined;
  const briefs = createBriefDelivery({ db: pipeline.db, profile: LOCAL_PROFILE, size: env.BRIEF_SIZE, appUrl, log, ...(mailer && { mailer }) });
  let feedSchedule: Schedule | undefined;
  let briefSchedule: BriefSchedule | undefined;
  return {
    appDeps: { feeds, briefs, appUrl, briefSchedule: { next: () => briefSchedule?.next() ?? null } },
    start() {
      if (!env.FEEDS_SCHEDULE) return log("feeds: the schedule is off (FEEDS_SCHEDULE=0); feeds are checked only when asked");
      feedSchedule = startFeedSchedule(feeds, log);
      briefSchedule = startBriefSchedule(briefs, pattern, log);
      log(`feeds: polling every ${env.FEEDS_POLL_MINUTES} min; brief at "${pattern}"${mailer ? `, emailed to ${env.BRIEF_EMAIL_TO}` : " (no email: SMTP_URL and BRIEF_EMAIL_TO unset)"}`);
    },
    async stop() {
      await Promise.all([feedSchedule?.stop(), briefSchedule?.stop(), feeds.stop()]);
    },
  };
}
