import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { buildInsight, connectTestDatabase, uniqueTag } from "../../server/testing/harness";
import { launchChromium, screenshot, serveApp, watchForErrors } from "./browser";

const db = connectTestDatabase();
let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;

const tag = uniqueTag();
const theme = `${tag}-theme`;
const today = new Date().toISOString().slice(0, 10);
/** The machine running the tests may be busy: give the page time, not the benefit of the doubt. */
const patient = { timeout: 20_000 };
const texts = [
  `Middle powers ${tag} should pool compute budgets across borders.`,
  `Open weights ${tag} let ministries audit what their chatbots say.`,
  `Procurement rules ${tag} decide more about sovereignty than research grants.`,
];

beforeAll(async () => {
  app = await serveApp(db, createHeuristicExtractor());
  const insights = texts.map((text, n) =>
    buildInsight(tag, { text, topics: [theme, `${tag}-sub-${n % 2}`], source: { title: `Episode ${n + 1} ${tag}`, url: `https://example.org/${tag}/${n}` } }),
  );
  const res = await fetch(`${app.baseUrl}/api/insights`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ insights }) });
  expect(res.status).toBe(201);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

describe("a reading list in a real browser", () => {
  it("follows a topic, builds its reading list, downloads it, saves it and downloads the saved one", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors = watchForErrors(page);

    await page.goto(`${app.baseUrl}/topics/${theme}`);
    const follow = page.getByTestId("follow-topic");
    await expect.poll(() => follow.getAttribute("aria-pressed"), patient).toBe("false");
    await follow.click();
    await expect.poll(() => follow.getAttribute("aria-pressed"), patient).toBe("true");
    const profile = (await (await fetch(`${app.baseUrl}/api/profile`)).json()) as { follows: { slug: string }[] };
    expect(profile.follows.map((topic) => topic.slug)).toContain(theme);

    await page.getByRole("link", { name: "Reading list from this topic" }).click();
    await page.waitForURL(`**/reading-list?topics=${theme}`);
    await expect.poll(() => page.getByTestId("reading-list-item").count(), patient).toBe(3);
    expect(await page.getByTestId("reading-list-item").allTextContents()).toEqual(expect.arrayContaining(texts.map((text) => expect.stringContaining(text))));
    await screenshot(page, "reading-list");

    const [markdown] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-format="md"]').click()]);
    expect(markdown.suggestedFilename()).toBe(`${theme}-${today}.md`);
    const text = await readFile((await markdown.path())!, "utf8");
    expect(text).toMatch(/^# Reading list: /);
    for (const claim of texts) expect(text).toContain(claim);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-format="csv"]').click()]);
    expect(csv.suggestedFilename()).toBe(`${theme}-${today}.csv`);

    await page.getByTestId("save-reading-list").click();
    await page.waitForURL(/\/reading-lists\/[a-f0-9]{32}$/);
    await expect.poll(() => page.getByTestId("reading-list-item").count(), patient).toBe(3);
    const [saved] = await Promise.all([page.waitForEvent("download"), page.locator('a[data-format="html"]').click()]);
    expect(saved.suggestedFilename()).toMatch(new RegExp(`^reading-list-${tag}-theme-${today}\\.html$`));

    // Back on the topic page the toggle remembers, and unfollows.
    await page.goto(`${app.baseUrl}/topics/${theme}`);
    await expect.poll(() => follow.getAttribute("aria-pressed"), patient).toBe("true");
    await follow.click();
    await expect.poll(() => follow.getAttribute("aria-pressed"), patient).toBe("false");

    expect(errors).toEqual([]);
    await page.close();
  });
});
