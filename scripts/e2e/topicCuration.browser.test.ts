import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { connectTestDatabase, uniqueTag } from "../../server/testing/harness";
import { seriousViolations } from "./axe";
import { launchChromium, screenshot, serveApp, watchForErrors } from "./browser";

const db = connectTestDatabase();
const tag = uniqueTag();
const patient = { timeout: 60_000 };
const texts = [
  `A ${tag} starter needs feeding every morning.`,
  `Rye flour gets a ${tag} starter going within three days.`,
  `A ${tag} levain is a starter built for one bake only.`,
];
let browser: Browser;
let served: { baseUrl: string; close: () => Promise<void> };
let starter = "";

beforeAll(async () => {
  served = await serveApp(db, createHeuristicExtractor());
  const response = await fetch(`${served.baseUrl}/api/insights`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ insights: texts.map((text) => ({ text, topics: [`${tag} starter`] })) }),
  });
  expect(response.status).toBe(201);
  starter = ((await response.json()) as { insights: { topics: { slug: string }[] }[] }).insights[0]!.topics[0]!.slug;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await db.close();
});

describe("curating a topic in a real browser", () => {
  it("splits chosen insights off into a named topic, shows them there, and undoes the split", { timeout: 180_000 }, async () => {
    // bypassCSP only so axe-core can be injected for the accessibility check.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors = watchForErrors(page);
    await page.goto(`${served.baseUrl}/topics/${starter}`);
    await page.getByTestId("topic-curation").getByText("Curate this topic").click();
    const split = page.getByTestId("topic-split");
    await expect.poll(() => split.getByTestId("topic-split-choice").count(), patient).toBe(3);
    await split.getByRole("checkbox", { name: texts[2]! }).check();
    await split.getByTestId("topic-split-name").fill(`Levain ${tag}`);
    expect(await seriousViolations(page)).toEqual([]);
    await split.getByTestId("topic-split-submit").click();

    await page.waitForURL(`**/topics/levain-${tag}`.toLowerCase(), patient);
    await expect.poll(() => page.getByTestId("topic-name").textContent(), patient).toBe(`Levain ${tag}`);
    await expect.poll(() => page.locator("article").textContent(), patient).toContain(texts[2]);
    expect(await page.locator("article").textContent()).not.toContain(texts[0]);
    await page.getByTestId("topic-curation").getByText("Curate this topic").click();
    await expect.poll(() => page.getByTestId("topic-curation").textContent(), patient).toContain(`split 1 insight off`);
    await screenshot(page, "topic-split");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId("topic-undo").click();
    await page.waitForURL(`**/topics/${starter}`, patient);
    await expect.poll(() => page.locator(".theme-header .meta").first().textContent(), patient).toContain("3 insights");
    expect((await fetch(`${served.baseUrl}/api/topics/levain-${tag}`.toLowerCase())).status).toBe(404);
    expect(errors).toEqual([]);
  });
});
