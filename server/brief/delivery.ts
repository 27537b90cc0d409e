import { DailyBrief } from "@shared/api/dailyBrief";
import type { Database } from "../db";
import { findBrief, findBriefs, recordDelivery, storeBrief, type StoredBriefRow } from "../repositories/dailyBriefs";
import { buildDailyBrief, localDay } from "./daily";
import type { BriefMailer } from "./mail";

export interface BriefDeliveryOptions {
  readonly db: Database;
  readonly profile: string;
  readonly size: number;
  readonly appUrl: string;
  readonly mailer?: BriefMailer;
  readonly now?: () => Date;
  readonly log?: (line: string) => void;
}

export interface BriefDelivery {
  readonly emails: boolean;
  /** Makes today's brief now, replacing one made earlier today, stores it and emails it. */
  send(): Promise<DailyBrief>;
  /**
   * The schedule's run: makes and sends today's brief unless the day has one, and emails a stored
   * one that has not gone out yet (the app stopped between storing and sending). Null when the day
   * was done already.
   */
  runDaily(): Promise<DailyBrief | null>;
  list(limit: number): Promise<DailyBrief[]>;
  get(id: string): Promise<DailyBrief | null>;
}

const toBrief = (row: StoredBriefRow): DailyBrief =>
  DailyBrief.parse({ ...(JSON.parse(row.document) as object), delivery: { emailedAt: row.emailedAt, emailedTo: row.emailedTo, emailError: row.emailError } });

/** Making, storing and sending daily briefs; a GET never makes one. */
export function createBriefDelivery(options: BriefDeliveryOptions): BriefDelivery {
  const { db, mailer } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const stored = async (id: string) => {
    const row = await db.read("brief", (tx) => findBrief(tx, id));
    return row ? toBrief(row) : null;
  };

  /** Emails a stored brief unless it went out already; a failure is kept on the brief, not thrown. */
  const deliver = async (brief: DailyBrief): Promise<DailyBrief> => {
    if (!mailer || brief.delivery.emailedAt) return brief;
    let delivery;
    try {
      await mailer.send(brief);
      delivery = { emailedAt: now().toISOString(), emailedTo: mailer.to, emailError: null };
      log(`brief: ${brief.id} emailed to ${mailer.to}`);
    } catch (error) {
      delivery = { emailedAt: null, emailedTo: null, emailError: `could not send to ${mailer.to}: ${error instanceof Error ? error.message : String(error)}` };
      log(`brief: ${delivery.emailError}`);
    }
    await db.write("briefDelivery", (tx) => recordDelivery(tx, brief.id, delivery));
    return { ...brief, delivery };
  };

  const make = async (replace: boolean): Promise<DailyBrief | null> => {
    const brief = await buildDailyBrief(db, { now: now(), profile: options.profile, size: options.size, appUrl: options.appUrl });
    const document = JSON.stringify(brief);
    const ids = brief.items.map((item) => item.id);
    const done = await db.write("storeBrief", (tx) => storeBrief(tx, { id: brief.id, generatedAt: brief.generatedAt, document, ids }, replace));
    if (!done) return null;
    return deliver({ ...brief, delivery: { emailedAt: null, emailedTo: null, emailError: null } });
  };

  return {
    emails: mailer !== undefined,
    send: async () => (await make(true))!,
    async runDaily() {
      const today = await stored(localDay(now()));
      if (today) {
        if (mailer && !today.delivery.emailedAt) await deliver(today);
        return null;
      }
      return make(false);
    },
    list: async (limit) => (await db.read("briefs", (tx) => findBriefs(tx, limit))).map(toBrief),
    get: stored,
  };
}
