import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueTag } from "../../server/testing/harness";
import { seriousViolations } from "./axe";
import { type SampleExplorer, screenshot, startSampleExplorer, watchForErrors } from "./browser";

/**
 * What a researcher does in the explorer, end to end: the real built client, served by the real
 * app over the run's Neo4j with the sample corpus, in Debian's Chromium.
 */
let session: SampleExplorer;
let browser: Browser;
let app: SampleExplorer["app"];
const wait = { timeout: 20_000 };

beforeAll(async () => {
  session = await startSampleExplorer();
  ({ browser, app } = session);
});

afterAll(() => session?.close());

async function open(path: string, options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(`${app.baseUrl}${path}`);
  return { page, errors };
}

const close = (page: Page) => page.context().close();

describe("the explorer, as a researcher uses it", () => {
  it("draws the topic map with nodes, themes and a weight slider, and has no serious accessibility problems", async () => {
    const { page, errors } = await open("/", { bypassCSP: true });
    await page.locator('[data-testid=topic-graph][data-state="ready"]').waitFor(wait);
    const nodes = await page.$eval("[data-testid=topic-graph]", (host) => (host as HTMLElement & { cytoscape?: { nodes(): { length: number } } }).cytoscape?.nodes().length ?? 0);
    expect(nodes).toBe(await page.getByTestId("topic-list-item").count());
    expect(nodes).toBeGreaterThan(10);
    expect(await page.getByTestId("theme-legend").getByRole("button").count()).toBeGreaterThan(1);

    // The slider hides weak links: fewer shown than before.
    const shown = () => page.locator("#min-weight-shown").textContent();
    expect(await shown()).toMatch(/^All \d+ links/);
    await page.getByTestId("min-weight").fill("0.5");
    await expect.poll(shown).toMatch(/^\d+ of \d+ links/);
    await screenshot(page, "journey-1-topic-map");

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close(page);
  });

  it("says when the map shows only part of the topics, and shows them all on request", async () => {
    const { page: whole } = await open("/");
    await whole.getByTestId("topic-list-item").first().waitFor(wait);
    const total = await whole.getByTestId("topic-list-item").count();
    expect(await whole.getByTestId("topics-shown").count()).toBe(0);
    await close(whole);

    const { page, errors } = await open("/?limit=5");
    await page.locator('[data-testid=topic-graph][data-state="ready"]').waitFor(wait);
    expect(await page.getByTestId("topic-list-item").count()).toBe(5);
    expect(await page.getByTestId("topics-shown").textContent()).toContain(`Showing the 5 largest of ${total} topics.`);
    await page.getByTestId("all-topics").click();
    await expect.poll(() => page.getByTestId("topic-list-item").count(), wait).toBe(total);
    expect(await page.getByTestId("topics-shown").count()).toBe(0);
    expect(errors).toEqual([]);
    await close(page);
  });

  it("goes from a topic to its theme view: the graph beside the list, neighbours one click away", async () => {
    const { page, errors } = await open("/");
    const sovereign = page.locator('[data-testid=topic-list-item][data-slug="sovereign-ai"]');
    await sovereign.getByRole("link").click(wait);
    await page.waitForURL(/\/topics\/sovereign-ai$/);
    await page.locator('[data-testid=theme-graph][data-state="ready"]').waitFor(wait);
    const listed = await page.getByTestId("insight-item").count();
    expect(listed).toBeGreaterThan(0);
    expect(await page.getByTestId("insights-shown").textContent()).toContain(`${listed} insight`);

    // Selecting an insight from the list marks it and offers to expand its related insights in place.
    await page.getByTestId("insight-item").first().getByRole("button", { name: /Show on the graph/ }).click();
    await page.getByTestId("selected-insight").waitFor();
    await page.getByTestId("expand-insight").click();
    await expect.poll(() => page.getByTestId("expand-insight").textContent(), wait).toBe("Related shown");
    expect(await page.getByTestId("insight-item").count()).toBeGreaterThan(listed);
    await screenshot(page, "journey-2-theme-view");

    const neighbour = page.getByTestId("neighbour-topics").getByRole("link").first();
    const name = await neighbour.textContent();
    await neighbour.click();
    await expect.poll(() => page.getByTestId("topic-name").textContent(), wait).toBe(name);
    expect(errors).toEqual([]);
    await close(page);
  });

  it("follows related insights, shows the trail, and goes back", async () => {
    const { page, errors } = await open("/topics/sovereign-ai");
    await page.getByTestId("insight-item").first().getByRole("link").first().click(wait);
    await page.waitForURL(/\/insights\/[a-f0-9]{32}$/);
    const first = { url: page.url(), text: await page.getByTestId("insight-text").textContent() };
    await page.locator('[data-testid=neighbourhood-graph][data-state="ready"]').waitFor(wait);

    await page.getByTestId("related-item").first().getByRole("link").first().click();
    await page.waitForURL((url) => url.href !== first.url);
    await expect.poll(() => page.getByTestId("insight-text").textContent(), wait).not.toBe(first.text);
    // The trail names where the researcher came from and leads back there.
    const trail = page.getByTestId("trail");
    expect(first.text?.startsWith((await trail.getByRole("link").first().getAttribute("title"))?.replace(/…$/, "") ?? "-")).toBe(true);
    await screenshot(page, "journey-3-related-insight-with-trail");

    await page.goBack();
    await page.waitForURL(first.url);
    await expect.poll(() => page.getByTestId("insight-text").textContent(), wait).toBe(first.text);
    await page.goForward();
    await expect.poll(() => page.getByTestId("trail").count(), wait).toBe(1);
    expect(errors).toEqual([]);
    await close(page);
  });

  it("searches with / and the arrow keys, and shows every match on the results page", async () => {
    const { page, errors } = await open("/ingest");
    await page.locator("h1").waitFor(wait);
    await page.keyboard.press("/");
    await page.keyboard.type("sovereign");
    const options = page.getByTestId("search-option");
    await options.first().waitFor(wait);
    expect(await page.getByTestId("search-options").locator("mark").count()).toBeGreaterThan(0);
    await screenshot(page, "journey-4-search-popup");

    await page.keyboard.press("ArrowDown");
    expect(await options.first().getAttribute("aria-selected")).toBe("true");
    const href = (await options.first().textContent())?.startsWith("Topic") ? /\/topics\// : /\/insights\//;
    await page.keyboard.press("Enter");
    await page.waitForURL(href);

    await page.getByTestId("search-input").fill("open models");
    await page.getByTestId("search-input").press("Enter");
    await page.waitForURL(/\/search\?q=open(\+|%20)models/);
    await page.getByTestId("search-insight").first().waitFor(wait);
    await screenshot(page, "journey-5-search-page");
    expect(errors).toEqual([]);
    await close(page);
  });

  it("keeps a reading list: add, reorder by drag and keyboard, survive a reload, export", async () => {
    const { page, errors } = await open("/topics/open-source");
    const items = page.getByTestId("insight-item");
    await items.nth(2).waitFor(wait);
    const texts: string[] = [];
    for (let n = 0; n < 3; n++) {
      texts.push((await items.nth(n).locator(".insight-link").textContent()) ?? "");
      await items.nth(n).getByTestId("add-to-list").click();
    }
    await page.getByTestId("reading-list-toggle").click();
    const listed = page.getByTestId("reading-item");
    await expect.poll(() => listed.count(), wait).toBe(3);
    const order = () => listed.locator("a").allTextContents();
    expect(await order()).toEqual(texts);

    await listed.nth(0).dragTo(listed.nth(2));
    await expect.poll(order).toEqual([texts[1], texts[2], texts[0]]);
    await listed.nth(2).locator("a").focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect.poll(order).toEqual([texts[1], texts[0], texts[2]]);
    await screenshot(page, "journey-6-reading-list");

    await page.reload();
    await page.getByTestId("reading-list-toggle").click();
    await expect.poll(order, wait).toEqual([texts[1], texts[0], texts[2]]);

    await page.getByTestId("export-format").selectOption("md");
    // Exporting saves the list: nameless, it is refused next to the name field.
    await page.getByTestId("export-list").click();
    await expect.poll(() => page.getByTestId("export-name-problem").textContent(), wait).toBe("Give the list a name.");
    await page.getByTestId("export-name").fill("Picked on the journey");
    const [download] = await Promise.all([page.waitForEvent("download", wait), page.getByTestId("export-list").click()]);
    const markdown = await readFile(await download.path(), "utf8");
    const at = [texts[1], texts[0], texts[2]].map((text) => markdown.indexOf((text ?? "-").slice(0, 60)));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));

    await listed.nth(0).getByTestId("remove-from-list").click();
    await expect.poll(() => listed.count()).toBe(2);
    // The nameless export's 400 is logged by the browser, and nothing else.
    expect(errors).toEqual(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
    await close(page);
  });

  it("ingests pasted text and links to the new insights", async () => {
    const tag = uniqueTag();
    const { page, errors } = await open("/ingest");
    await page.getByLabel("Title").fill(`Pasted episode ${tag}`);
    await page.getByTestId("paste-text").fill(
      [
        `Host: Welcome to episode ${tag}.`,
        `Guest: In ${tag} most ministries will adapt the best open models to their own data and run them on their own hardware.`,
        `Guest: For ${tag}, sovereign AI is less about owning a frontier model and more about keeping the ability to act when a supplier changes its terms.`,
        `Guest: Export controls on chips push ${tag} to invest in domestic data centres and energy.`,
      ].join("\n"),
    );
    await page.getByTestId("paste-submit").click();
    const created = page.getByTestId("paste-result").getByTestId("insight-item");
    await created.first().waitFor({ timeout: 30_000 });
    await screenshot(page, "journey-7-ingest");
    await created.first().getByRole("link").click();
    await page.waitForURL(/\/insights\/[a-f0-9]{32}$/);
    await expect.poll(() => page.getByTestId("insight-source").textContent(), wait).toContain(tag);
    expect(errors).toEqual([]);
    await close(page);
  });

  it("uploads a subtitle file and links to its new insights", async () => {
    const tag = uniqueTag();
    const { page, errors } = await open("/ingest");
    const subtitles = [
      "WEBVTT",
      "",
      "00:00:01.000 --> 00:00:04.000",
      `<v Maya Chen>In ${tag} most ministries will adapt the best open models to their own data and run them on their own hardware.`,
      "",
      "00:00:05.000 --> 00:00:09.000",
      `<v Maya Chen>Export controls on chips push ${tag} to invest in domestic data centres and energy.`,
    ].join("\n");
    await page.getByTestId("ingest-files").setInputFiles({ name: `episode-${tag}.vtt`, mimeType: "text/vtt", buffer: Buffer.from(subtitles) });
    // Results come folded: one line per file, the insights a click away.
    const outcome = page.getByTestId("upload-outcome");
    await outcome.first().waitFor({ timeout: 30_000 });
    expect(await outcome.first().locator("summary").textContent()).toMatch(new RegExp(`episode-${tag}\\.vtt — read as vtt: \\d+ insights? from 1 source`));
    await page.getByTestId("uploaded-insights").locator("summary").click();
    const created = page.getByTestId("uploaded-insights").getByTestId("insight-item");
    await created.first().waitFor({ timeout: 30_000 });
    expect(await created.first().textContent()).toContain(tag);
    await screenshot(page, "journey-9-upload");
    await created.first().getByRole("link").click();
    await page.waitForURL(/\/insights\/[a-f0-9]{32}$/);
    await expect.poll(() => page.getByTestId("insight-source").textContent(), wait).toContain(tag);
    expect(errors).toEqual([]);
    await close(page);
  });

  it("says the database is down instead of showing a blank page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route("**/api/**", (route) =>
      route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "database_unavailable", message: "Neo4j is not answering" } }) }),
    );
    for (const path of ["/", "/topics/sovereign-ai", `/insights/${"a".repeat(32)}`]) {
      await page.goto(`${app.baseUrl}${path}`);
      await expect.poll(() => page.getByTestId("problem").first().textContent(), wait).toContain("Can't reach the database");
    }
    await screenshot(page, "journey-8-database-down");
    await context.close();
  });
});
