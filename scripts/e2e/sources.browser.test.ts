import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { loadSample } from "../../server/sample/loadSample";
import { type PrivateNeo4j, startPrivateNeo4j, uniqueTag } from "../../server/testing/harness";
import { seriousViolations } from "./axe";
import { launchChromium, screenshot, serveApp, watchForErrors } from "./browser";
import { phone, sidewaysOverflow } from "./phone";

// Removing the sample empties what other test files read, so this file has a Neo4j of its own.
let neo4j: PrivateNeo4j;
let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
const tag = uniqueTag();
const patient = { timeout: 20_000 };
const only = `Only the first ${tag} episode says compute budgets should be pooled across borders.`;
const kept = `The second ${tag} episode says open weights let ministries audit their chatbots.`;
let keptId = "";

beforeAll(async () => {
  neo4j = await startPrivateNeo4j("sources-page");
  const extractor = createHeuristicExtractor();
  await loadSample(neo4j.db, extractor, { relatedK: 10 }, () => undefined);
  app = await serveApp(neo4j.db, extractor);
  const insights = [
    { text: only, topics: [`${tag} compute`, `${tag} gone`], source: { title: `First ${tag}`, url: `https://example.org/${tag}/1` } },
    { text: kept, topics: [`${tag} compute`, `${tag} audit`], source: { title: `Second ${tag}`, url: `https://example.org/${tag}/2` } },
  ];
  const res = await fetch(`${app.baseUrl}/api/insights`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ insights }) });
  expect(res.status).toBe(201);
  keptId = ((await res.json()) as { insights: { id: string; text: string }[] }).insights.find((i) => i.text === kept)?.id ?? "";
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await neo4j?.close();
});

const rows = (page: Page) => page.getByTestId("source-row");

describe("the Sources page in a real browser", () => {
  it("deletes a source after asking, and its insights and empty topics go with it", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/topics/${tag}-gone`);
    await expect.poll(() => page.getByTestId("insight-item").count(), patient).toBe(1);

    await page.getByRole("link", { name: "Sources", exact: true }).click();
    await page.waitForURL("**/sources");
    await expect.poll(() => rows(page).count(), patient).toBeGreaterThan(2);
    await page.getByTestId("source-filter").fill(tag);
    await expect.poll(() => rows(page).count(), patient).toBe(2);
    await screenshot(page, "sources");
    expect(await seriousViolations(page)).toEqual([]);

    const first = rows(page).filter({ hasText: `First ${tag}` });
    await first.getByRole("button", { name: `Delete First ${tag}` }).click();
    await expect.poll(() => first.getByRole("group").textContent()).toContain("those no other source supports go with it");
    await first.getByTestId("confirm-delete").click();
    await expect.poll(() => page.getByTestId("source-outcome").textContent(), patient).toContain(`Deleted “First ${tag}” with 1 insight and 1 empty topic`);
    await expect.poll(() => rows(page).allTextContents(), patient).toEqual([expect.stringContaining(`Second ${tag}`)]);

    // The deleted source's insight and its topic are gone from the explorer too.
    await page.goto(`${app.baseUrl}/topics/${tag}-gone`);
    await page.getByTestId("problem").or(page.getByTestId("not-found")).first().waitFor(patient);
    // That page's 404 is the point; the browser logs it (once per section of the page that asked
    // for the topic in parallel: the topic itself, its timeline).
    const logged = errors.splice(0);
    expect(logged.length).toBeGreaterThanOrEqual(1);
    expect(new Set(logged)).toEqual(new Set(["Failed to load resource: the server responded with a status of 404 (Not Found)"]));
    await page.goto(`${app.baseUrl}/search?q=${encodeURIComponent(`first ${tag}`)}`);
    await expect.poll(() => page.getByTestId("search-insight").count(), patient).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("removes the sample on a phone, and the page fits the screen", async () => {
    const page = await browser.newPage({ ...phone, bypassCSP: true });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/sources`);
    await page.getByTestId("remove-sample").waitFor(patient);
    expect(await sidewaysOverflow(page)).toMatchObject({ overflow: 0 });
    await screenshot(page, "phone-sources");
    await page.getByTestId("remove-sample").click();
    await page.getByTestId("confirm-remove-sample").click();
    await expect.poll(() => page.getByTestId("source-outcome").textContent(), patient).toMatch(/^Deleted the sample with \d+ insights/);
    await expect.poll(() => rows(page).allTextContents(), patient).toEqual([expect.stringContaining(`Second ${tag}`)]);
    expect(await page.getByTestId("remove-sample").count()).toBe(0);
    const left = (await (await fetch(`${app.baseUrl}/api/sources`)).json()) as { total: number; sampleSources: number };
    expect(left).toMatchObject({ total: 1, sampleSources: 0 });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("deletes one wrong insight from its page after asking; its source stays", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/insights/${keptId}`);
    await page.getByTestId("insight-text").waitFor(patient);
    await page.getByRole("button", { name: "Delete insight" }).click();
    await page.getByRole("group", { name: "Confirm deleting this insight" }).waitFor(patient);
    await screenshot(page, "insight-delete");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("confirm-delete-insight").click();
    await expect.poll(() => page.getByTestId("insight-deleted").textContent(), patient).toContain("Insight deleted.");
    expect((await fetch(`${app.baseUrl}/api/insights/${keptId}`)).status).toBe(404);
    const sources = (await (await fetch(`${app.baseUrl}/api/sources?q=${tag}`)).json()) as { sources: { title: string; insightCount: number }[] };
    expect(sources.sources.find((s) => s.title === `Second ${tag}`)?.insightCount).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("re-ingests a source from its stored copy and shows what was new, already present and removed", async () => {
    const text = `Public data trusts (${tag}) give hospitals a lawful way to share records for fine-tuning medical models.\n\nRegional compute pools (${tag}) let small states train models together without ceding control to one vendor.`;
    const res = await fetch(`${app.baseUrl}/api/sources`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: `Third ${tag}`, text }) });
    expect(res.status).toBe(201);
    const written = ((await res.json()) as { insights: unknown[] }).insights.length;

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/sources`);
    await page.getByTestId("source-filter").fill(`Third ${tag}`);
    await expect.poll(() => rows(page).count(), patient).toBe(1);
    // Ready-made insights have nothing to read again: only the source with a stored copy offers it.
    await page.getByTestId("source-filter").fill(tag);
    await expect.poll(() => page.getByRole("button", { name: /^Re-ingest / }).allTextContents(), patient).toEqual(["Re-ingest"]);

    const third = rows(page).filter({ hasText: `Third ${tag}` });
    await third.getByRole("button", { name: `Re-ingest Third ${tag}` }).click();
    const result = third.getByTestId("reingest-result");
    await expect
      .poll(() => result.textContent(), patient)
      .toContain(`Re-ingested, read again from its stored copy: 0 new · ${written} already present · 0 removed.`);
    await expect.poll(() => third.getByTestId("reingest-enrichment").textContent(), patient).toBe(" Its insights: enriched");
    await screenshot(page, "sources-reingest");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
