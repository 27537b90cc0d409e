import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { connectTestDatabase, uniqueTag } from "../../server/testing/harness";
import { seriousViolations } from "./axe";
import { launchChromium, screenshot, serveApp, watchForErrors } from "./browser";

/**
 * The insight page's reader filters and "connect to…" in Chromium, on three insights of the
 * test's own: A and B from one source sharing a topic, C from another sharing a second topic with B.
 */
let db: Database;
let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
const tag = uniqueTag();
let ids: string[] = [];

beforeAll(async () => {
  db = connectTestDatabase();
  app = await serveApp(db, createHeuristicExtractor());
  browser = await launchChromium();
  const source = { title: `Episode ${tag}`, url: `https://example.org/${tag}`, show: `Show ${tag}`, publishedAt: "2025-09-14" };
  // One show, two sources: "other shows only" hides every related insight, "not from this source" only B.
  const other = { title: `Article ${tag}`, url: `https://example.org/${tag}/other`, show: `Show ${tag}`, publishedAt: "2026-02-03" };
  const res = await fetch(`${app.baseUrl}/api/insights`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      insights: [
        // Made-up words keep other tests' insights out of these related lists.
        { text: `Quorvish towns ${tag} should run blenting grids they control themselves.`, topics: [`${tag} blenting grids`], source },
        { text: `Blenting grids ${tag} only pay off when zandel yards share them.`, topics: [`${tag} blenting grids`, `${tag} zandel yards`], source },
        { text: `Zandel yards ${tag} in small valleys struggle to buy enough pellix.`, topics: [`${tag} zandel yards`], source: other },
      ],
    }),
  });
  expect(res.status).toBe(201);
  ids = ((await res.json()) as { insights: { id: string }[] }).insights.map((insight) => insight.id);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
});

describe("the insight page's related filters and paths", () => {
  it("keeps filters in the URL and says when they hide everything", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/insights/${ids[0]}`);
    await page.getByTestId("related-item").first().waitFor();
    // A click, not check(): the box follows the URL, which the router sets in a transition, so
    // its state can change after check() has looked (it failed that way on a loaded CI machine).
    await page.getByLabel("Other shows only").click();
    await page.waitForURL(/otherShows=1/);
    await expect.poll(() => page.getByLabel("Other shows only").isChecked(), { timeout: 20_000 }).toBe(true);
    await page.getByText(/^The filters hide all .* from the same show/).waitFor();
    await screenshot(page, "related-filters-empty");
    await page.reload();
    // The filter survives the reload; the list is loaded again before the box is touched (a click
    // while the page was still loading was undone by its first render).
    await page.getByText(/^The filters hide all .* from the same show/).waitFor();
    expect(await page.getByLabel("Other shows only").isChecked()).toBe(true);
    // A click again (see above): uncheck() failed the same way.
    await page.getByLabel("Other shows only").click();
    await page.waitForURL((url) => !url.searchParams.has("otherShows"));
    await expect.poll(() => page.getByLabel("Other shows only").isChecked(), { timeout: 20_000 }).toBe(false);
    await page.getByTestId("related-item").first().waitFor();
    expect(errors).toEqual([]);
  });

  it("connects one insight to another through related links and shared topics", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/insights/${ids[0]}`);
    await page.getByRole("button", { name: "Connect to…" }).click();
    await page.getByTestId("connect-query").fill(`pellix ${tag}`);
    await page.getByTestId("connect-hit").filter({ hasText: "struggle to buy" }).click();
    await page.waitForURL(new RegExp(`connect=${ids[2]}`));
    const path = page.getByTestId("path").first();
    await path.waitFor();
    expect(await path.textContent()).toMatch(/both about|shares|similar/);
    await page.locator('[data-testid=path-graph][data-state="ready"]').waitFor();
    await page.getByTestId("connect").scrollIntoViewIfNeeded();
    await screenshot(page, "connect-path");
    expect(errors).toEqual([]);
  });

  it("shows a topic's timeline: who said it first, a range brushed across its bars, what is new since the last visit", async () => {
    // bypassCSP only so axe-core can be injected for the accessibility check.
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, bypassCSP: true });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/insights/${ids[1]}`);
    await page.getByRole("link", { name: /zandel yard/i }).first().click();
    await page.waitForURL(/\/topics\//);
    const timeline = page.getByTestId("topic-timeline");
    await timeline.getByTestId("first-said").waitFor();
    expect(await timeline.getByTestId("first-said").textContent()).toMatch(/^First said in Episode .*, 2025-09-14:/);
    expect(await timeline.getByTestId("new-since").textContent()).toContain("Your first visit here.");
    await expect.poll(() => timeline.getByTestId("timeline-list").locator("li").count()).toBe(2);
    // Sept 2025 to Feb 2026: six bars, the months between them empty.
    expect(await timeline.locator(".timeline-bar").count()).toBe(6);
    // Brush by dragging across the last two bars (Jan to Feb 2026): only the February insight is left.
    const bar = (key: string) => timeline.locator(`.timeline-bar[data-key="${key}"]`);
    // The sections above the timeline load on their own; a drag must not start before they have moved it down.
    await page.locator('[data-testid=theme-graph][data-state="ready"]').waitFor();
    await page.waitForLoadState("networkidle");
    await timeline.scrollIntoViewIfNeeded();
    await bar("2026-01").hover();
    await page.mouse.down();
    await bar("2026-02").hover();
    await page.mouse.up();
    await page.waitForURL(/from=2026-01&to=2026-02/);
    await timeline.getByRole("button", { name: "Show the latest instead of a range" }).waitFor();
    await expect.poll(() => timeline.getByTestId("timeline-list").locator("li").count()).toBe(1);
    expect(await bar("2025-12").getAttribute("data-brushed")).toBe("false");
    // The theme's insight list beside the graph follows the range, and says so.
    const inRange = page.getByTestId("insights-in-range");
    await expect.poll(() => inRange.textContent()).toBe("Showing 1 of 2 insights from 2026-01 to 2026-02 · clear");
    await expect.poll(() => page.getByTestId("insight-list").getByTestId("insight-item").count()).toBe(1);
    // The keyboard's way: the From slider to its start takes in September again.
    await timeline.getByTestId("timeline-from").focus();
    await page.keyboard.press("Home");
    await page.waitForURL(/from=2025-09&to=2026-02/);
    await expect.poll(() => timeline.getByTestId("timeline-list").locator("li").count()).toBe(2);
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/from=2025-10&to=2026-02/);
    await expect.poll(() => timeline.getByTestId("timeline-list").locator("li").count()).toBe(1);
    await page.locator('[data-testid=theme-graph][data-state="ready"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await timeline.scrollIntoViewIfNeeded();
    await screenshot(page, "topic-timeline");
    await page.reload();
    await timeline.getByTestId("new-since").waitFor();
    expect(await timeline.getByTestId("new-since").textContent()).toMatch(/^0 new insights since your last visit/);
    // The range came back from the address; a malformed one says so and lists every date.
    await expect.poll(() => timeline.getByTestId("timeline-list").locator("li").count()).toBe(1);
    await page.goto(page.url().replace(/from=[^&]*/, "from=last-week"));
    await timeline.getByTestId("timeline-range-problem").waitFor();
    await expect.poll(() => timeline.getByTestId("timeline-list").locator("li").count()).toBe(2);
    expect(await inRange.count()).toBe(0);
    // A range nothing in the list falls in says so rather than showing an empty list; "clear" brings the list back.
    await page.goto(page.url().replace(/from=[^&]*&to=[^&]*/, "from=2025-10&to=2025-12"));
    await page.getByTestId("none-in-range").waitFor();
    expect(await inRange.textContent()).toBe("Showing 0 of 2 insights from 2025-10 to 2025-12 · clear");
    await expect.poll(() => page.getByTestId("insight-list").getByTestId("insight-item").count()).toBe(0);
    await page.getByTestId("clear-range").click();
    await page.waitForURL((url) => !url.search.includes("from="));
    await expect.poll(() => page.getByTestId("insight-list").getByTestId("insight-item").count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
