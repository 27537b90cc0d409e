import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "../env";

describe("the feed and brief variables", () => {
  it("have the README's defaults", () => {
    expect(loadEnv({})).toMatchObject({ FEEDS_POLL_MINUTES: 60, FEEDS_ALLOW_PRIVATE: false, FEEDS_SCHEDULE: true, TRANSCRIBE: "none", TRANSCRIBE_MODEL: "whisper-1", BRIEF_HOUR: 7, BRIEF_SIZE: 5 });
  });
  it("list every problem at once", () => {
    let message = "";
    try {
      loadEnv({ TRANSCRIBE: "openai", BRIEF_EMAIL_TO: "me@example.org", BRIEF_HOUR: "25", SMTP_URL: "http://mail", FEEDS_POLL_MINUTES: "0" });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    for (const name of ["BRIEF_HOUR", "SMTP_URL: must be an smtp://", "FEEDS_POLL_MINUTES", "TRANSCRIBE: is openai but"]) expect(message).toContain(name);
    expect(() => loadEnv({ BRIEF_EMAIL_TO: "me@example.org" })).toThrow("BRIEF_EMAIL_TO: is set but SMTP_URL is not");
  });
});
