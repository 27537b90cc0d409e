import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { connectTestDatabase, uniqueTag } from "../../server/testing/harness";
import { twoSpeakerEpisodeVtt } from "../../server/testing/subtitlesFixture";
import { seriousViolations } from "./axe";
import { launchChromium, screenshot, serveApp, watchForErrors } from "./browser";
import { phone, sidewaysOverflow } from "./phone";

/** A source's own page in Chromium: opened from the Sources page, followed into an insight and back. */
let db: Database;
let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
const tag = uniqueTag();
const patient = { timeout: 20_000 };
let episode = { id: "", title: "" };

const vtt = `${twoSpeakerEpisodeVtt(tag)}\n\n00:03:10.000 --> 00:03:16.000\n<v Maya Chen>Public compute reserves (${tag}) matter more to middle powers than a national model champion.`;

async function upload(name: string, text: string): Promise<{ id: string; title: string }> {
  const form = new FormData();
  form.append("files", new Blob([text]), name);
  const res = await fetch(`${app.baseUrl}/api/sources/upload`, { method: "POST", body: form });
  expect(res.status).toBe(201);
  const id = ((await res.json()) as { files: { sources: { id: string }[] }[] }).files[0]!.sources[0]!.id;
  const page = (await (await fetch(`${app.baseUrl}/api/sources/${id}`)).json()) as { source: { title: string } };
  return { id, title: page.source.title };
}

beforeAll(async () => {
  db = connectTestDatabase();
  app = await serveApp(db, createHeuristicExtractor());
  browser = await launchChromium();
  episode = await upload(`episode-${tag}.vtt`, vtt);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
});

const items = (page: Page) => page.getByTestId("source-insight");

/** Presses Tab until `name` has focus (a person reaching it by keyboard), at most `limit` times. */
async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent ?? "")) === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

describe("a source's own page", () => {
  it("opens from the Sources page, lists its insights in order, follows one and comes back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/sources`);
    await page.getByTestId("source-filter").fill(tag);
    await page.getByRole("link", { name: episode.title, exact: true }).click();
    await page.waitForURL(`**/sources/${episode.id}`);

    await expect.poll(() => page.getByTestId("source-title").textContent(), patient).toBe(episode.title);
    expect(await page.getByTestId("source-speakers").textContent()).toBe("Maya Chen, Tomas Lindqvist");
    expect(await page.getByTestId("source-meta").textContent()).toContain("Read asvtt");
    expect(await items(page).allTextContents()).toEqual([
      expect.stringMatching(/^Most countries will adapt.*at 1:04–1:12 · Maya Chen/),
      expect.stringMatching(/^Export controls on advanced chips.*at 2:20–2:25 · Tomas Lindqvist/),
      expect.stringMatching(/^Public compute reserves.*at 3:10–3:16 · Maya Chen/),
    ]);
    await screenshot(page, "source-page");
    expect(await seriousViolations(page)).toEqual([]);

    // By keyboard: Tab reaches the second claim, Enter opens its insight page.
    const second = (await items(page).nth(1).getByRole("link").first().textContent()) ?? "";
    await tabTo(page, second);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe("none");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/insights/*");
    await expect.poll(() => page.getByTestId("insight-text").textContent(), patient).toBe(second);
    await expect.poll(() => page.getByTestId("insight-timestamp").textContent(), patient).toBe("at 2:20–2:25");

    // The insight's source line leads back to the source's page.
    await page.getByTestId("insight-source").getByRole("link", { name: episode.title }).click();
    await page.waitForURL(`**/sources/${episode.id}`);
    await expect.poll(() => items(page).count(), patient).toBe(3);
    await page.getByRole("link", { name: "← All sources" }).click();
    await page.waitForURL("**/sources");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("re-ingests and deletes from the source's page at phone width", async () => {
    const text = `Regional compute pools (${tag}) let small states train models together without ceding control to one vendor.`;
    const url = `https://example.org/${tag}/notes`;
    const res = await fetch(`${app.baseUrl}/api/sources`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: `Notes ${tag}`, text, url }) });
    expect(res.status).toBe(201);
    const notes = ((await res.json()) as { source: { id: string; title: string } }).source;
    const page = await browser.newPage({ ...phone, bypassCSP: true });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/sources/${episode.id}`);
    await expect.poll(() => items(page).count(), patient).toBe(3);
    expect(await sidewaysOverflow(page)).toMatchObject({ overflow: 0 });
    await screenshot(page, "phone-source-page");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: `Re-ingest ${episode.title}` }).click();
    await expect.poll(() => page.getByTestId("reingest-result").textContent(), patient).toContain("0 new · 3 already present · 0 removed");

    await page.goto(`${app.baseUrl}/sources/${notes.id}`);
    // The original opens in a tab of its own that cannot reach back into the app.
    const original = page.getByTestId("source-original");
    expect(await original.evaluate((a: HTMLAnchorElement) => [a.href, a.target, a.rel])).toEqual([url, "_blank", "noopener noreferrer"]);
    await page.getByRole("button", { name: `Delete ${notes.title}` }).click();
    await page.getByTestId("confirm-delete").click();
    await expect.poll(() => page.getByTestId("source-deleted").textContent(), patient).toContain(`Deleted “${notes.title}” with 1 insight`);
    expect(await sidewaysOverflow(page)).toMatchObject({ overflow: 0 });
    expect((await fetch(`${app.baseUrl}/api/sources/${notes.id}`)).status).toBe(404);
    expect(errors).toEqual([]);
    await page.close();
  });
});
