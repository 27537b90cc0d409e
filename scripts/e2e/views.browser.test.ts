import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueTag } from "../../server/testing/harness";
import { seriousViolations } from "./axe";
import { type SampleExplorer, screenshot, startSampleExplorer, watchForErrors } from "./browser";

/**
 * Saved views and tours on the sample corpus in Chromium: a view saved by name and by link,
 * opened both ways, renamed and deleted; a reading list played on the map, forward and back.
 */
let session: SampleExplorer;
const tag = uniqueTag();
const patient = { timeout: 20_000 };
const desktop = { viewport: { width: 1280, height: 900 }, bypassCSP: true } as const;

beforeAll(async () => {
  session = await startSampleExplorer();
}, 240_000);

afterAll(() => session?.close());

type Cy = { zoom(): number; getElementById(id: string): { hasClass(name: string): boolean } };

/** A graph's zoom and which of these nodes carry a pin, read from the core the canvas hands to tools. */
const graphOf = (page: Page, testId: string, slugs: readonly string[]) =>
  page.$eval(
    `[data-testid=${testId}]`,
    (host, ids) => {
      const cy = (host as HTMLElement & { cytoscape?: Cy }).cytoscape!;
      return { zoom: cy.zoom(), pinned: ids.filter((id) => cy.getElementById(id).hasClass("pinned")) };
    },
    slugs,
  );
const mapOf = (page: Page, slugs: readonly string[]) => graphOf(page, "topic-graph", slugs);
const themeOf = (page: Page, ids: readonly string[]) => graphOf(page, "theme-graph", ids);

/** The largest of the map's topics whose reading list has at least `count` sections with topics: a tour of several steps. */
async function topicsWithSections(count: number): Promise<string> {
  const graph = (await (await fetch(`${session.app.baseUrl}/api/graph/topics?limit=20`)).json()) as { nodes: { id: string; insightCount: number }[] };
  const largest = graph.nodes.toSorted((a, b) => b.insightCount - a.insightCount).map((node) => node.id);
  for (const slug of largest) {
    const list = (await (await fetch(`${session.app.baseUrl}/api/reading-list?topics=${slug}`)).json()) as { sections: { topics: unknown[] }[] };
    if (list.sections.filter((section) => section.topics.length > 0).length >= count) return slug;
  }
  throw new Error(`no topic of the sample has a reading list of ${count} sections`);
}

/** Opens an address and waits for its graph (the map's or a theme's) to be drawn. */
async function openGraph(page: Page, address: string, testId: string) {
  await page.goto(`${session.app.baseUrl}${address}`);
  await page.locator(`[data-testid=${testId}][data-state="ready"]`).waitFor(patient);
}
const openMap = (page: Page, search = "") => openGraph(page, `/${search}`, "topic-graph");
const openTheme = (page: Page, address: string) => openGraph(page, address, "theme-graph");

describe("saved views of the topic map", () => {
  it("pins a topic, saves the view by name and as a link, opens it both ways, renames and deletes it", async () => {
    const page = await session.browser.newPage(desktop);
    const errors = watchForErrors(page);
    await openMap(page, "?topic=sovereign-ai");
    await page.getByTestId("pin-topic").click();
    await page.waitForURL(/view=/);
    await expect.poll(() => mapOf(page, ["sovereign-ai"]).then((map) => map.pinned), patient).toEqual(["sovereign-ai"]);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    const { zoom } = await mapOf(page, []);

    // By link: the address now carries the pin and the zoom.
    await page.getByTestId("link-view").click();
    const viewInAddress = () => JSON.parse(Buffer.from(new URL(page.url()).searchParams.get("view") ?? "", "base64url").toString() || "{}") as { p?: string[]; z?: number[] };
    await expect.poll(() => viewInAddress().z?.[0], patient).toBeCloseTo(zoom, 2);
    expect(viewInAddress().p).toEqual(["sovereign-ai"]);
    const linked = page.url();

    // By name: an empty name is refused next to the field, then saved.
    const name = page.getByTestId("view-name");
    await name.fill("   ");
    await page.getByTestId("save-view").click();
    await expect.poll(() => page.getByTestId("view-name-problem").textContent(), patient).toBe("Give the view a name.");
    await name.fill(`Sovereignty close up ${tag}`);
    await page.getByTestId("save-view").click();
    const row = page.getByTestId("saved-view").filter({ hasText: tag });
    await row.waitFor(patient);
    await page.getByTestId("saved-views").scrollIntoViewIfNeeded();
    await screenshot(page, "saved-views");
    expect(await seriousViolations(page)).toEqual([]);

    const fresh = await session.browser.newPage(desktop);
    await openMap(fresh, linked.slice(session.app.baseUrl.length + 1));
    await expect.poll(() => mapOf(fresh, ["sovereign-ai"]), patient).toEqual({ zoom: expect.closeTo(zoom, 2), pinned: ["sovereign-ai"] });
    expect(await fresh.getByTestId("pinned-topics").textContent()).toMatch(/sovereign/i);
    await fresh.close();

    await openMap(page);
    expect((await mapOf(page, ["sovereign-ai"])).pinned).toEqual([]);
    await row.getByTestId("open-view").click();
    await page.waitForURL(/topic=sovereign-ai.*view=/);
    await expect.poll(() => mapOf(page, ["sovereign-ai"]), patient).toEqual({ zoom: expect.closeTo(zoom, 2), pinned: ["sovereign-ai"] });

    await page.getByRole("button", { name: `Rename Sovereignty close up ${tag}` }).click();
    await page.getByTestId("rename-view-field").fill(`Renamed ${tag}`);
    await page.getByRole("button", { name: "Rename", exact: true }).click();
    await expect.poll(() => row.getByTestId("open-view").textContent(), patient).toBe(`Renamed ${tag}`);
    await page.getByRole("button", { name: `Delete Renamed ${tag}` }).click();
    await page.getByTestId("confirm-delete-view").click();
    await expect.poll(() => row.count(), patient).toBe(0);
    // The one refused save, and nothing else.
    expect(errors).toEqual(["Failed to load resource: the server responded with a status of 400 (Bad Request)"]);
  });

  it("says so when a link's view is damaged, and opens the map without it", async () => {
    const page = await session.browser.newPage(desktop);
    const errors = watchForErrors(page);
    await openMap(page, "?view=not-a-view");
    expect(await page.getByTestId("view-problem").textContent()).toMatch(/^This link's saved view is damaged/);
    expect(errors).toEqual([]);
  });
});

describe("saved views of a theme page", () => {
  it("pins an insight on the theme's graph, saves the view by name and as a link, and opens it both ways with the same pins", async () => {
    const page = await session.browser.newPage(desktop);
    const errors = watchForErrors(page);
    await openTheme(page, "/topics/sovereign-ai");
    const first = page.getByTestId("insight-item").first();
    const insight = ((await first.locator("a.insight-link").getAttribute("href")) ?? "").slice("/insights/".length);
    await first.getByRole("button", { name: /^Show on the graph/ }).click();
    const tools = page.getByTestId("theme-view-tools");
    await tools.getByTestId("pin-topic").click();
    await page.waitForURL(/\/topics\/sovereign-ai\?view=/);
    await expect.poll(() => themeOf(page, [insight]).then((graph) => graph.pinned), patient).toEqual([insight]);
    await page.getByRole("button", { name: "Zoom in" }).click();
    const { zoom } = await themeOf(page, []);

    await tools.getByTestId("link-view").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("view") ?? "", patient).toMatch(/./);
    await expect.poll(() => (JSON.parse(Buffer.from(new URL(page.url()).searchParams.get("view")!, "base64url").toString()) as { z?: number[] }).z?.[0], patient).toBeCloseTo(zoom, 2);
    const linked = page.url().slice(session.app.baseUrl.length);
    expect(linked).toMatch(/^\/topics\/sovereign-ai\?view=/);

    await tools.getByTestId("view-name").fill(`Theme close up ${tag}`);
    await tools.getByTestId("save-view").click();
    const row = tools.getByTestId("saved-view").filter({ hasText: tag });
    await row.waitFor(patient);
    expect(await row.getByTestId("view-scene").textContent()).toMatch(/^theme: sovereign-ai · /);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, "theme-view");
    expect(await seriousViolations(page)).toEqual([]);

    // By link, in a fresh page.
    const fresh = await session.browser.newPage(desktop);
    await openTheme(fresh, linked);
    await expect.poll(() => themeOf(fresh, [insight]), patient).toEqual({ zoom: expect.closeTo(zoom, 2), pinned: [insight] });
    expect(await fresh.getByTestId("pinned-topics").count()).toBe(1);
    await fresh.close();

    // By name, from the map's list of saved views: it opens on its own page.
    await openMap(page);
    const onMap = page.getByTestId("saved-view").filter({ hasText: tag });
    expect(await onMap.getByTestId("view-scene").textContent()).toMatch(/^theme: sovereign-ai/);
    await onMap.getByTestId("open-view").click();
    await page.waitForURL(/\/topics\/sovereign-ai\?view=/);
    await page.locator('[data-testid=theme-graph][data-state="ready"]').waitFor(patient);
    await expect.poll(() => themeOf(page, [insight]), patient).toEqual({ zoom: expect.closeTo(zoom, 2), pinned: [insight] });

    await tools.getByRole("button", { name: `Delete Theme close up ${tag}` }).click();
    await tools.getByTestId("confirm-delete-view").click();
    await expect.poll(() => row.count(), patient).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("a reading list as a tour of the map", () => {
  it("plays one section per step, forward and back by button and by arrow key", async () => {
    const page = await session.browser.newPage(desktop);
    const errors = watchForErrors(page);
    const topics = await topicsWithSections(2);
    await page.goto(`${session.app.baseUrl}/reading-list?topics=${topics}`);
    await page.getByTestId("play-tour").click();
    await page.waitForURL(/tour=topics%3A.*&step=1/);
    await page.locator('[data-testid=topic-graph][data-state="ready"]').waitFor(patient);
    const step = page.getByTestId("tour-step");
    await expect.poll(() => step.textContent(), patient).toMatch(/^1 of \d+: /);
    const steps = Number(/of (\d+)/.exec((await step.textContent()) ?? "")?.[1]);
    expect(steps).toBeGreaterThan(1);
    const firstTitle = await step.textContent();
    // The section's topics are pinned on the map.
    const topicsOf = () => page.getByTestId("tour").getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? "").filter((href) => href.startsWith("/topics/")).map((href) => href.slice("/topics/".length)));
    const firstTopics = await topicsOf();
    await expect.poll(async () => (await mapOf(page, firstTopics)).pinned.length, patient).toBeGreaterThan(0);
    await screenshot(page, "tour");

    await page.getByTestId("tour-next").click();
    await expect.poll(() => step.textContent(), patient).toMatch(/^2 of /);
    await page.waitForURL(/step=2/);
    await page.locator("body").focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => step.textContent(), patient).toBe(firstTitle);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => step.textContent(), patient).toMatch(/^2 of /);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("tour-previous").click();
    await expect.poll(() => step.textContent(), patient).toBe(firstTitle);
    expect(await page.getByTestId("tour-previous").isDisabled()).toBe(true);
    await page.getByTestId("tour-end").click();
    await page.waitForURL((url) => !url.search.includes("tour="));
    expect(errors).toEqual([]);
  });
});
