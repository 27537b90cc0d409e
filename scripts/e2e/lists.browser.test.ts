import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { buildInsight, connectTestDatabase, uniqueTag } from "../../server/testing/harness";
import { seriousViolations } from "./axe";
import { launchChromium, screenshot, serveApp, watchForErrors } from "./browser";

const db = connectTestDatabase();
let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
const tag = uniqueTag();
const theme = `${tag}-theme`;
const patient = { timeout: 20_000 };
const texts = [
  `Middle powers ${tag} should pool compute budgets across borders.`,
  `Open weights ${tag} let ministries audit what their chatbots say.`,
  `Procurement rules ${tag} decide more about sovereignty than research grants.`,
];

beforeAll(async () => {
  app = await serveApp(db, createHeuristicExtractor());
  const insights = texts.map((text, n) => buildInsight(tag, { text, quote: text, topics: [theme, `${tag}-sub-${n % 2}`], source: { title: `Episode ${n + 1} ${tag}` } }));
  const res = await fetch(`${app.baseUrl}/api/insights`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ insights }) });
  expect(res.status).toBe(201);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

/** This test's rows on the Lists page (other tests save lists of their own). */
const rowsOf = (page: Page) => page.getByTestId("saved-list").filter({ hasText: tag });

describe("saved reading lists in a real browser", () => {
  it("asks for a name on save, then renames, duplicates and deletes the list on the Lists page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true, acceptDownloads: true });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/reading-list?topics=${theme}`);
    await expect.poll(() => page.getByTestId("reading-list-item").count(), patient).toBe(3);
    // Roles point at numbers the page shows; a quote that repeats the claim is folded.
    expect(await page.getByTestId("item-number").allTextContents()).toEqual(expect.arrayContaining(["1", "2"]));
    expect(await page.getByTestId("folded-quote").count()).toBe(3);

    const name = page.getByTestId("list-name");
    await name.fill("   ");
    await page.getByTestId("save-reading-list").click();
    await expect.poll(() => page.getByTestId("list-name-problem").textContent(), patient).toBe("Give the list a name.");
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    await name.fill("x".repeat(201));
    await page.getByTestId("save-reading-list").click();
    await expect.poll(() => page.getByTestId("list-name-problem").textContent(), patient).toBe("Keep the name to 200 characters or fewer.");
    await screenshot(page, "list-name-refused");
    await name.fill(`Sources for ${tag}`);
    await page.getByTestId("save-reading-list").click();
    await page.waitForURL(/\/reading-lists\/[a-f0-9]{32}$/);
    await expect.poll(() => page.getByTestId("reading-list-title").textContent(), patient).toBe(`Sources for ${tag}`);

    await page.getByRole("link", { name: "Lists", exact: true }).click();
    await page.waitForURL("**/lists");
    await expect.poll(() => rowsOf(page).count(), patient).toBe(1);
    const row = rowsOf(page).first();
    expect(await row.textContent()).toContain("3 insights");

    await row.getByRole("button", { name: `Rename Sources for ${tag}` }).click();
    await page.getByTestId("rename-field").fill("");
    await row.getByRole("button", { name: "Rename", exact: true }).click();
    await expect.poll(() => page.getByTestId("rename-field-problem").textContent(), patient).toBe("Give the list a name.");
    await page.getByTestId("rename-field").fill(`Renamed ${tag}`);
    await row.getByRole("button", { name: "Rename", exact: true }).click();
    await expect.poll(() => rowsOf(page).allTextContents(), patient).toEqual([expect.stringContaining(`Renamed ${tag}`)]);

    await rowsOf(page).first().getByRole("button", { name: `Duplicate Renamed ${tag}` }).click();
    await expect.poll(() => rowsOf(page).count(), patient).toBe(2);
    const copy = rowsOf(page).filter({ hasText: `Copy of Renamed ${tag}` });
    expect(await copy.textContent()).toContain("3 insights");
    await screenshot(page, "lists");
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), copy.getByTestId("export-saved-list").click()]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);

    await copy.getByRole("button", { name: `Delete Copy of Renamed ${tag}` }).click();
    await copy.getByTestId("confirm-delete-list").click();
    await expect.poll(() => rowsOf(page).allTextContents(), patient).toEqual([expect.stringContaining(`Renamed ${tag}`)]);
    // The browser logs the three names the server refused, and nothing else.
    expect(errors).toEqual(Array(3).fill("Failed to load resource: the server responded with a status of 400 (Bad Request)"));
    await page.close();
  });
});
