import type { DailyBrief } from "@shared/api/dailyBrief";
import { createTransport } from "nodemailer";
import { dailyBriefHtml, dailyBriefText, dailyBriefTitle } from "../export/dailyBrief";

/** Sends a brief somewhere; the only kind is email (SMTP_URL and BRIEF_EMAIL_TO). */
export interface BriefMailer {
  readonly to: string;
  send(brief: DailyBrief): Promise<void>;
}

/** A mailer over SMTP through nodemailer: the brief as HTML with a plain-text part. */
export function createBriefMailer(config: { smtpUrl: string; to: string; from: string }): BriefMailer {
  const transport = createTransport(config.smtpUrl);
  return {
    to: config.to,
    async send(brief) {
      await transport.sendMail({
        from: config.from,
        to: config.to,
        subject: dailyBriefTitle(brief),
        text: dailyBriefText(brief),
        html: `<!doctype html><html><body style="font-family:sans-serif;max-width:40em">${dailyBriefHtml(brief)}</body></html>`,
      });
    },
  };
}
