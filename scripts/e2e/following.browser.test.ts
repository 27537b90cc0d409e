import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app";
import { createBriefDelivery } from "../../server/brief/delivery";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { podcastRss, startFeedServer, type FeedServer, type TestEpisode } from "../../server/testing/feedServer";
import { connectTestDatabase, uniqueTag } from "../../server/testing/harness";
import { seriousViolations } from "./axe";
import { clientDir, launchChromium, screenshot, watchForErrors } from "./browser";

const db = connectTestDatabase();
const tag = uniqueTag();
const patient = { timeout: 90_000 };
let browser: Browser;
let feeds: FeedServer;
let baseUrl: string;
let close: () => Promise<void>;

const episode = (n: number): TestEpisode => ({
  guid: `${tag}-${n}`,
  title: `Episode ${n} of ${tag}`,
  date: `2026-11-${10 + n}T08:00:00Z`,
  notes: `<p>Public procurement ${tag} decides more about digital sovereignty than research grants, episode ${n} argues. Open model weights ${tag} let auditors check what a government chatbot says.</p>`,
});

beforeAll(async () => {
  feeds = await startFeedServer();
  feeds.serve(`/${tag}.xml`, { body: podcastRss(`Show ${tag}`, [episode(1), episode(2)]) });
  feeds.serve(`/${tag}.html`, { body: "<!doctype html><p>a page</p>", type: "text/html" });
  // The briefs of a day of this test's own, far ahead, so the daily-brief tests' today stays theirs.
  const briefs = createBriefDelivery({ db, profile: `${tag}-reader`, size: 5, appUrl: "http://127.0.0.1", now: () => new Date("2099-03-01T09:00:00") });
  const app = createApp({
    waitForEnrichment: true,
    db,
    extractor: createHeuristicExtractor(),
    relatedK: 10,
    clientDir,
    log: () => undefined,
    briefs,
    feedSettings: { allowAddress: (address) => address === "127.0.0.1", subscribeWaitMs: 55_000 },
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((ready) => server.once("listening", ready));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((done) => server.close(() => done()));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await close?.();
  await feeds?.close();
  await db.close();
});

describe("following podcasts in a real browser", () => {
  it("follows a feed by URL, shows its status, checks it now, refuses a web page, and shows the brief", { timeout: 240_000 }, async () => {
    // bypassCSP only so axe-core can be injected for the accessibility check.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors = watchForErrors(page);
    await page.goto(baseUrl);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Feeds" }).click();
    await page.waitForURL("**/feeds");

    await page.getByTestId("feed-url").fill(`${feeds.base}/${tag}.xml`);
    await page.getByTestId("feed-follow").click();
    await expect.poll(() => page.getByTestId("feed-action").textContent(), patient).toContain("2 new episodes read");
    const row = page.getByTestId("feed-row").filter({ hasText: `Show ${tag}` });
    await expect.poll(() => row.getByTestId("feed-status").textContent(), patient).toMatch(/^2 episodes · checked /);

    feeds.serve(`/${tag}.xml`, { body: podcastRss(`Show ${tag}`, [episode(3), episode(1), episode(2)]) });
    await row.getByTestId("feed-check").click();
    await expect.poll(() => page.getByTestId("feed-action").textContent(), patient).toContain("1 new episode read");
    await expect.poll(() => row.getByTestId("feed-status").textContent(), patient).toMatch(/^3 episodes/);
    await screenshot(page, "feeds");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId("feed-url").fill(`${feeds.base}/${tag}.html`);
    await page.getByTestId("feed-follow").click();
    await expect.poll(() => page.getByTestId("feed-action").textContent(), patient).toContain("cannot be followed: the address is a web page (HTML)");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Brief" }).click();
    await page.waitForURL("**/brief");
    await page.getByTestId("brief-send").click();
    await expect.poll(() => page.getByTestId("brief").filter({ hasText: "2099-03-01" }).count(), patient).toBe(1);
    const brief = page.getByTestId("brief").filter({ hasText: "2099-03-01" });
    expect(await brief.getByTestId("brief-note").textContent()).toMatch(/sources? arrived|No new source arrived/);
    expect(await brief.getByTestId("brief-item").count()).toBeGreaterThan(0);
    await screenshot(page, "brief");
    expect(await seriousViolations(page)).toEqual([]);
    // The browser logs the refused web page's 422 itself; nothing else may go wrong.
    expect(errors.filter((error) => !error.includes("status of 422"))).toEqual([]);
  });
});
