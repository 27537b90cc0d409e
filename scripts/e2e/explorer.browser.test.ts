import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SampleExplorer, screenshot, startSampleExplorer, watchForErrors } from "./browser";

let session: SampleExplorer;
let browser: Browser;
let app: SampleExplorer["app"];

beforeAll(async () => {
  session = await startSampleExplorer();
  ({ browser, app } = session);
});

afterAll(() => session?.close());

/** Pixels drawn on the graph's canvases: zero means cytoscape rendered nothing. */
const paintedPixels = (page: Page) =>
  page.$$eval("[data-testid=topic-graph] canvas", (canvases: HTMLCanvasElement[]) =>
    canvases.reduce((sum, canvas) => {
      const context = canvas.getContext("2d");
      if (!context || canvas.width === 0 || canvas.height === 0) return sum;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha]! > 0) painted++;
      return sum + painted;
    }, 0),
  );

describe("the explorer in a real browser", () => {
  it("goes from the topic map to a topic, an insight, a related insight and back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors = watchForErrors(page);

    await page.goto(`${app.baseUrl}/`);
    const sovereign = page.locator('[data-testid=topic-list-item][data-slug="sovereign-ai"]');
    await sovereign.waitFor();
    expect(await page.locator("[data-testid=topic-list-item]").count()).toBeGreaterThan(5);
    await page.locator('[data-testid=topic-graph][data-state="ready"]').waitFor();
    await expect.poll(() => paintedPixels(page), { timeout: 15_000 }).toBeGreaterThan(1_000);
    await screenshot(page, "1-topic-map");

    await sovereign.getByRole("button").click();
    const panel = page.getByTestId("topic-panel");
    const firstInsight = panel.getByTestId("insight-item").first().getByRole("link").first();
    await firstInsight.waitFor();
    await screenshot(page, "2-topic-selected");

    await firstInsight.click();
    await page.waitForURL(/\/insights\/[a-f0-9]{32}$/);
    const firstUrl = page.url();
    const firstText = await page.getByTestId("insight-text").textContent();
    expect(firstText?.length).toBeGreaterThan(20);
    const related = page.getByTestId("related-item").first().getByRole("link").first();
    await related.waitFor();
    await screenshot(page, "3-insight");

    await related.click();
    await page.waitForURL((url) => url.href !== firstUrl && /\/insights\/[a-f0-9]{32}$/.test(url.pathname));
    await expect.poll(() => page.getByTestId("insight-text").textContent()).not.toBe(firstText);
    await screenshot(page, "4-related-insight");

    await page.goBack();
    await page.waitForURL(firstUrl);
    await expect.poll(() => page.getByTestId("insight-text").textContent()).toBe(firstText);

    // A deep link survives a reload: the server hands the route to the client.
    await page.reload();
    await expect.poll(() => page.getByTestId("insight-text").textContent()).toBe(firstText);

    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a topic page by its deep link", async () => {
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/topics/sovereign-ai`);
    await expect.poll(() => page.getByTestId("insight-item").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await screenshot(page, "5-topic-page");
    await page.close();
  });
});
