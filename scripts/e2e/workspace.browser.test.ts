import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe";
import { type SampleExplorer, screenshot, startSampleExplorer, watchForErrors } from "./browser";
import { phone, sidewaysOverflow } from "./phone";

let session: SampleExplorer;
let browser: Browser;
let base: string;
const patient = { timeout: 20_000 };

beforeAll(async () => {
  session = await startSampleExplorer();
  browser = session.browser;
  base = session.app.baseUrl;
});

afterAll(() => session?.close());

const desktop = { viewport: { width: 1280, height: 860 }, bypassCSP: true } as const;

async function openMap(page: Page) {
  await page.goto(`${base}/`);
  await page.locator('[data-testid=topic-graph][data-state="ready"]').waitFor(patient);
}

/** The map's viewport, read from the cytoscape core the canvas hands to tools. */
const viewportOf = (page: Page) =>
  page.$eval("[data-testid=topic-graph]", (host) => {
    const cy = (host as HTMLElement & { cytoscape?: { zoom(): number; pan(): { x: number; y: number } } }).cytoscape;
    return cy ? { zoom: cy.zoom(), pan: cy.pan() } : null;
  });

describe("the map by keyboard", () => {
  it("skips to the map, moves between linked topics with the arrows and opens one with Enter", async () => {
    const page = await browser.newPage(desktop);
    const errors = watchForErrors(page);
    await openMap(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the map");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("topic-graph");

    const graph = page.getByTestId("topic-graph");
    const focus = page.getByTestId("topic-graph-focus");
    await page.keyboard.press("ArrowRight");
    const first = await graph.getAttribute("data-focused-node");
    expect(first).toBeTruthy();
    expect(await focus.textContent()).toMatch(/\d+ linked; arrows move between them, Enter opens\.$/);
    const visited = new Set([first]);
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "ArrowRight"]) {
      await page.keyboard.press(key);
      visited.add(await graph.getAttribute("data-focused-node"));
    }
    expect(visited.size).toBeGreaterThan(1);
    await screenshot(page, "keyboard-focus");

    const focused = (await graph.getAttribute("data-focused-node"))!;
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/?topic=${focused}`);
    await page.getByTestId("topic-panel").getByTestId("insight-item").first().waitFor(patient);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the map's structure", () => {
  it("opens a theme from the legend: zooms to it and lists its topics, top insights and reading list", async () => {
    const page = await browser.newPage(desktop);
    const errors = watchForErrors(page);
    await openMap(page);
    const before = await viewportOf(page);
    const entry = page.getByTestId("theme-legend").getByRole("button").first();
    const name = (await entry.locator(".legend-label").textContent())!;
    await entry.click();
    const panel = page.getByTestId("theme-panel");
    await panel.waitFor(patient);
    expect(await panel.getByRole("heading", { level: 2 }).textContent()).toBe(name);
    expect(await panel.getByTestId("theme-topics").getByRole("button").count()).toBeGreaterThan(1);
    await expect.poll(() => panel.getByTestId("theme-insights").getByRole("link").count(), patient).toBeGreaterThan(0);
    await expect.poll(() => viewportOf(page)).not.toEqual(before);
    await screenshot(page, "theme-opened");
    expect(await seriousViolations(page)).toEqual([]);

    await panel.getByTestId("theme-reading-list").click();
    await page.waitForURL(/\/reading-list\?topics=/);
    await expect.poll(() => page.getByTestId("reading-list-item").count(), patient).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists what two topics share when their link is clicked", async () => {
    const page = await browser.newPage(desktop);
    const errors = watchForErrors(page);
    await openMap(page);
    // Where a strong link is drawn on screen, clear of any node, as a person would see it.
    // Zoomed in a little, as a person would to hit a thin line.
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForTimeout(300);
    const point = await page.$eval("[data-testid=topic-graph]", (host) => {
      type Point = { x: number; y: number };
      type Node = { renderedPosition(): Point; renderedOuterWidth(): number };
      type Edge = { renderedMidpoint(): Point; renderedSourceEndpoint(): Point; renderedTargetEndpoint(): Point };
      type Core = { edges(selector: string): { toArray(): Edge[] }; nodes(selector: string): { toArray(): Node[] }; width(): number; height(): number };
      const cy = (host as HTMLElement & { cytoscape?: Core }).cytoscape!;
      const nodes = cy.nodes(":visible").toArray();
      const clear = (at: Point) =>
        at.x > 30 && at.y > 30 && at.x < cy.width() - 30 && at.y < cy.height() - 60 &&
        nodes.every((node) => {
          // Neither on a node nor on the label under it.
          const { x, y } = node.renderedPosition();
          const r = node.renderedOuterWidth() / 2;
          return Math.hypot(x - at.x, y - at.y) > r + 10 && !(Math.abs(x - at.x) < 50 && at.y > y && at.y < y + r + 30);
        });
      const edge = cy
        .edges(":visible")
        .toArray()
        // The longest links first: their middles lie furthest from any node.
        .map((candidate) => ({ candidate, length: Math.hypot(candidate.renderedSourceEndpoint().x - candidate.renderedTargetEndpoint().x, candidate.renderedSourceEndpoint().y - candidate.renderedTargetEndpoint().y) }))
        .sort((a, b) => b.length - a.length)
        .map(({ candidate }) => candidate)
        .find((candidate) => clear(candidate.renderedMidpoint()))!;
      const box = host.getBoundingClientRect();
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    const panel = page.getByTestId("link-panel");
    await panel.waitFor(patient);
    await expect.poll(() => panel.getByTestId("link-shared-count").textContent(), patient).toMatch(/^\d+ insights? about both/);
    expect(await panel.getByTestId("insight-item").count()).toBeGreaterThan(0);
    await screenshot(page, "link-opened");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters topics as fast as someone types, without losing a keystroke", async () => {
    const page = await browser.newPage(desktop);
    await openMap(page);
    const filter = page.getByTestId("topic-filter");
    await filter.pressSequentially("fine-tuning", { delay: 15 });
    expect(await filter.inputValue()).toBe("fine-tuning");
    await expect.poll(() => page.locator("[data-testid=topic-list-item]").count(), patient).toBe(1);
    expect(page.url()).toContain("filter=fine-tuning");
    await page.close();
  });
});

describe("ingest feedback", () => {
  it("puts the drop zone first, takes files one at a time and folds each file's result to one line", async () => {
    const page = await browser.newPage(desktop);
    const errors = watchForErrors(page);
    await page.goto(`${base}/ingest`);
    const drop = (await page.getByTestId("drop-zone").boundingBox())!;
    const paste = (await page.getByTestId("paste-submit").boundingBox())!;
    expect(drop.y).toBeLessThan(paste.y);
    const tag = `w${Date.now().toString(36)}`;
    const note = `Open weights let ${tag} ministries audit what their chatbots say, and procurement rules decide more about sovereignty than grants.`;
    await page.getByTestId("ingest-files").setInputFiles([
      { name: `${tag}-note.md`, mimeType: "text/markdown", buffer: Buffer.from(`# Notes ${tag}\n\n${note}\n`) },
      { name: `${tag}-empty.txt`, mimeType: "text/plain", buffer: Buffer.from("") },
    ]);
    const outcomes = page.getByTestId("upload-outcome");
    await expect.poll(() => outcomes.count(), patient).toBe(2);
    // The last step: the file's insights through the enrichment queue, asked of GET /api/status.
    await expect.poll(() => outcomes.first().getByTestId("file-enrichment").textContent(), patient).toBe(" · enriched");
    const lines = await outcomes.locator("summary").allTextContents();
    expect(lines[0]).toMatch(new RegExp(`^${tag}-note\\.md — read as markdown: \\d+ insights? from 1 source · enriched$`));
    expect(lines[1]).toMatch(new RegExp(`^${tag}-empty\\.txt — could not be read: 0 insights from 0 sources, 1 problem$`));
    expect(await outcomes.nth(1).getByTestId("file-enrichment").count()).toBe(0);
    // Folded: the problem shows once the line is opened.
    expect(await outcomes.nth(1).locator(".problems").isVisible()).toBe(false);
    await outcomes.nth(1).locator("summary").click();
    expect(await outcomes.nth(1).locator(".problems").isVisible()).toBe(true);
    await screenshot(page, "ingest-results");
    // Files go up one at a time, so the empty file is an upload where every file failed: a 422
    // the browser logs itself, and exactly one.
    expect(errors).toEqual(["Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)"]);
    await page.close();
  });
});

describe("on a phone (390x844)", () => {
  const views = ["/", "/topics/sovereign-ai", "/search?q=open", "/ingest", "/sources", "/lists", "/reading-list?topics=sovereign-ai"];

  it("fits every view without sideways scrolling", async () => {
    const page = await browser.newPage({ ...phone, bypassCSP: true });
    const errors = watchForErrors(page);
    for (const view of views) {
      await page.goto(`${base}${view}`);
      await page.getByTestId("loading").first().waitFor({ state: "detached", ...patient });
      await page.waitForTimeout(300);
      expect({ view, ...(await sidewaysOverflow(page)) }).toMatchObject({ view, overflow: 0 });
      await screenshot(page, `phone${view.replace(/[^a-z0-9]+/gi, "-")}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("searches from a full-width field and reads a topic list first, its map one tap away", async () => {
    const page = await browser.newPage({ ...phone, bypassCSP: true });
    await page.goto(`${base}/topics/sovereign-ai`);
    const search = page.locator("#search-input");
    expect((await search.boundingBox())!.width).toBeGreaterThan(340);
    await search.fill("open");
    const popup = page.locator(".search-popup");
    await popup.getByRole("option").first().waitFor(patient);
    expect((await popup.boundingBox())!.width).toBeGreaterThan(340);
    await screenshot(page, "phone-search");
    await search.press("Escape");

    // The list comes first; the graph is not even drawn until asked for.
    await page.getByTestId("insight-item").first().waitFor(patient);
    expect(await page.getByTestId("theme-graph").count()).toBe(0);
    await page.getByTestId("map-toggle").tap();
    await page.locator('[data-testid=theme-graph][data-state="ready"]').waitFor(patient);
    expect(await page.getByTestId("map-toggle").getAttribute("aria-expanded")).toBe("true");
    await screenshot(page, "phone-topic-map-open");
    await page.close();
  });
});
