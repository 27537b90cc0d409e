import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { DailyBrief, ListBriefs } from "@shared/api/dailyBrief";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SMTPServer } from "smtp-server";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app";
import { createHeuristicExtractor } from "../extract/heuristic";
import { followTopic } from "../repositories/profile";
import { buildInsight, connectTestDatabase, uniqueTag } from "../testing/harness";
import { localDay } from "./daily";
import { createBriefDelivery } from "./delivery";
import { createBriefMailer } from "./mail";
import { startBriefSchedule } from "./schedule";
import type { TopicSlug } from "@shared/ids";

const db = connectTestDatabase();
const mails: string[] = [];
let smtp: SMTPServer;
let smtpUrl: string;

beforeAll(async () => {
  // A real SMTP server on loopback: nodemailer speaks SMTP to it as to any mail host.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push(Buffer.concat(chunks).toString("utf8"));
        callback();
      });
    },
  });
  smtp.listen(0, "127.0.0.1");
  await once(smtp.server, "listening");
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((done) => smtp.close(() => done()));
  await db.close();
});

const tag = uniqueTag();
const profile = `${tag}-reader`;
const followed = `${tag} sovereign compute` ;
const appUrl = "http://127.0.0.1:3999";
const delivery = () =>
  createBriefDelivery({ db, profile, size: 3, appUrl, mailer: createBriefMailer({ smtpUrl, to: "reader@example.org", from: "brief@example.org" }) });
const appWith = (briefs: ReturnType<typeof delivery>) => createApp({ waitForEnrichment: true, db, extractor: createHeuristicExtractor(), relatedK: 10, log: () => undefined, briefs, appUrl });

describe("the daily brief", () => {
  beforeAll(async () => {
    const app = appWith(delivery());
    const episode = (n: number) => ({ title: `Episode ${n} of ${tag}`, url: `https://example.org/${tag}/${n}` });
    const claims = [
      `Middle powers ${tag} should pool sovereign compute budgets across borders.`,
      `Shared sovereign compute ${tag} clusters cut the cost of training national models.`,
      `Sovereign compute ${tag} without local talent leaves clusters idle most of the year.`,
      `Public broadcasters ${tag} could license their archives to train local language models.`,
    ];
    await request(app)
      .post("/api/insights")
      .send({ insights: claims.map((text, n) => buildInsight(tag, { text, topics: n < 3 ? [followed, `${tag} budgets`] : [`${tag} archives`], source: episode(n) })) })
      .expect(201);
    const slug = followed.replace(/\s+/g, "-") as TopicSlug;
    expect(await db.write("test", (tx) => followTopic(tx, profile, slug))).toBe(true);
  });

  it("is made and mailed once a day, even across a restart, and a GET never makes one", async () => {
    // Counted for today only: other test files store briefs for days of their own meanwhile.
    const todays = () => db.read("test", async (tx) => Number((await tx.run("MATCH (b:Brief {id: $id}) RETURN count(b) AS n", { id: localDay(new Date()) })).records[0]!.get("n")));
    expect(await todays()).toBe(0);
    await request(appWith(delivery())).get(`/api/brief?topics=${followed.replace(/\s+/g, "-")}&since=2000-01-01`).expect(200);
    await request(appWith(delivery())).get("/api/briefs").expect(200);
    expect(await todays()).toBe(0);

    const first = await delivery().runDaily();
    expect(first).not.toBeNull();
    const brief = DailyBrief.parse(first);
    expect(brief).toMatchObject({ id: localDay(new Date()), basis: "new-sources" });
    expect(brief.items).toHaveLength(3);
    expect(brief.items.every((item) => item.followed)).toBe(true);
    expect(brief.items[0]!.url).toBe(`${appUrl}/insights/${brief.items[0]!.id}`);
    expect(brief.items.some((item) => item.related.length > 0)).toBe(true);
    expect(brief.items.flatMap((item) => item.related).length).toBeLessThanOrEqual(9);
    expect(brief.delivery).toMatchObject({ emailedTo: "reader@example.org", emailError: null, emailedAt: expect.any(String) });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/^Subject: Your brief for \d{4}-\d{2}-\d{2}: 3 insights/m);
    expect(mails[0]).toMatch(/Content-Type: text\/plain/);
    expect(mails[0]).toMatch(/Content-Type: text\/html/);

    // A restart: a new delivery and a new schedule whose hour has passed today. Nothing is sent twice.
    const restarted = delivery();
    expect(await restarted.runDaily()).toBeNull();
    const schedule = startBriefSchedule(restarted, "0 0 * * *");
    await schedule.stop();
    expect(mails).toHaveLength(1);
  });

  it("lists past briefs, serves them as Atom entries, and POST /api/brief/send makes today's again", async () => {
    const app = appWith(delivery());
    const listed = ListBriefs.response.parse((await request(app).get("/api/briefs").expect(200)).body);
    const today = listed.briefs.find((b) => b.id === localDay(new Date()))!;
    expect(today.delivery.emailedAt).not.toBeNull();
    expect(listed.schedule.email).toBe(true);
    await request(app).get(`/api/briefs/${today.id}`).expect(200);
    await request(app).get("/api/briefs/2001-01-01").expect(404);
    await request(app).get("/api/briefs/yesterday").expect(400);

    const atom = await request(app).get("/api/briefs.atom").expect(200);
    expect(XMLValidator.validate(atom.text)).toBe(true);
    const entries = new XMLParser({ isArray: (name) => name === "entry" }).parse(atom.text).feed.entry as { id: string }[];
    expect(entries.map((e) => e.id)).toContain(`urn:insight-graph:daily-brief:${today.id}`);

    const sent = DailyBrief.parse((await request(app).post("/api/brief/send").expect(201)).body);
    expect(sent.id).toBe(today.id);
    expect(mails).toHaveLength(2);
  });

  it("keeps a mail failure on the brief instead of failing, and sends it at the next run", async () => {
    const broken = createBriefDelivery({ db, profile, size: 3, appUrl, mailer: createBriefMailer({ smtpUrl: "smtp://127.0.0.1:1", to: "reader@example.org", from: "b@example.org" }) });
    const sent = await broken.send();
    expect(sent.delivery.emailError).toMatch(/could not send to reader@example.org/);
    expect(await delivery().runDaily()).toBeNull();
    expect(mails).toHaveLength(3);
    expect((await delivery().get(sent.id))!.delivery.emailedAt).not.toBeNull();
  });
});
