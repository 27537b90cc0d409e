import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { parseArgs } from "node:util";
import type { Core } from "cytoscape";
import type { Page } from "playwright-core";
import { clientDir, launchChromium } from "../e2e/browser";
import { syntheticThemeGraph, syntheticTopicGraph, themePage } from "./clientData";

/**
 * `npm run bench:client`: the built client in headless Chromium against synthetic graphs served
 * by a small HTTP server (the real client code, no Neo4j). Measures how long the 500-topic map
 * takes to be laid out and interactive (first visit, and a revisit that reuses stored positions),
 * and the frame rate while panning a 2,000-node theme graph. Merges `client.topicMap500Ms`
 * (the revisit) and `client.pan2000Fps` into the results file.
 */
const { values } = parseArgs({ options: { out: { type: "string", default: "bench-results.json" }, seconds: { type: "string", default: "4" } } });
const log = (line: string) => console.log(`bench:client: ${line}`);
if (!existsSync(join(clientDir, "index.html"))) throw new Error("dist/client is missing: run `npm run build` first");

const topicGraph = syntheticTopicGraph(500);
const theme = syntheticThemeGraph(2_000);
const types: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".svg": "image/svg+xml" };

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://bench");
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === "/api/graph/topics") return json(200, topicGraph);
  if (url.pathname === "/api/topics/bench-theme") {
    return json(200, { topic: { slug: "bench-theme", name: "Bench theme", insightCount: theme.nodes.length }, insights: [], neighbours: [] });
  }
  if (url.pathname === "/api/graph/insights") {
    return json(200, themePage(theme, Number(url.searchParams.get("offset") ?? 0), Number(url.searchParams.get("limit") ?? 50)));
  }
  if (url.pathname.startsWith("/api/")) return json(404, { error: { code: "not_found", message: `No endpoint ${url.pathname}` } });
  const file = normalize(join(clientDir, url.pathname));
  const path = file.startsWith(clientDir) && existsSync(file) && extname(file) ? file : join(clientDir, "index.html");
  res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
  res.end(await readFile(path));
});
server.listen(0, "127.0.0.1");
await new Promise((ready) => server.once("listening", ready));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

type Host = HTMLElement & { cytoscape?: Core };

/** Milliseconds from navigation start until the map is drawn and answers the next frame. */
async function timeTopicMap(page: Page): Promise<number> {
  await page.goto(`${base}/?limit=500`);
  await page.getByTestId("topic-list-item").first().waitFor({ timeout: 60_000 });
  log(`  topics listed (data fetched and rendered) at ${Math.round(await page.evaluate(() => performance.now()))} ms`);
  await page.locator('[data-testid=topic-graph][data-state="ready"]').waitFor({ timeout: 120_000 });
  // Interactive: the main thread is free to paint the next frame.
  return page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))));
}

async function panFps(page: Page, seconds: number): Promise<{ fps: number; renders: number; nodes: number }> {
  await page.goto(`${base}/topics/bench-theme`);
  const graph = page.locator('[data-testid=theme-graph][data-state="ready"]');
  await graph.waitFor({ timeout: 120_000 });
  const nodeCount = () => page.$eval("[data-testid=theme-graph]", (host) => (host as Host).cytoscape?.nodes().length ?? 0);
  while ((await nodeCount()) < theme.nodes.length) {
    const before = await nodeCount();
    await page.getByTestId("load-more").click({ timeout: 120_000 });
    await page.waitForFunction(
      (count) => ((document.querySelector("[data-testid=theme-graph][data-state=ready]") as Host | null)?.cytoscape?.nodes().length ?? 0) > count,
      before,
      { timeout: 180_000 },
    );
    log(`theme graph: ${await nodeCount()} nodes`);
  }
  await page.waitForTimeout(500);
  // NOTE: tsx compiles the function below with esbuild's keepNames, whose `__name` helper the page lacks.
  await page.evaluate("window.__name = (f) => f");
  return page.$eval(
    "[data-testid=theme-graph]",
    (host, seconds) =>
      new Promise<{ fps: number; renders: number; nodes: number }>((done) => {
        const cy = (host as Host).cytoscape!;
        const box = host.getBoundingClientRect();
        // Press on empty background, as a person panning does, so the drag pans rather than moves a node.
        let start = { x: box.left + 5, y: box.top + 5 };
        for (let gx = 0.1; gx < 0.95; gx += 0.05) {
          for (let gy = 0.1; gy < 0.95; gy += 0.05) {
            const x = box.width * gx;
            const y = box.height * gy;
            const hit = cy.nodes().some((node) => {
              const b = node.renderedBoundingBox({});
              return x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4;
            });
            if (!hit) start = { x: box.left + x, y: box.top + y };
          }
        }
        const target = host.querySelector("canvas:last-of-type") ?? host;
        const mouse = (type: string, x: number, y: number) =>
          (type === "mousedown" ? target : window).dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, button: 0, buttons: 1 }));
        let renders = 0;
        cy.on("render", () => renders++);
        mouse("mousedown", start.x, start.y);
        const began = performance.now();
        let frames = 0;
        const step = (now: number) => {
          frames++;
          const t = (now - began) / 1000;
          // A slow back-and-forth sweep: every frame has a new viewport to draw.
          mouse("mousemove", start.x + Math.sin(t * 2) * 150, start.y + Math.cos(t * 1.3) * 80);
          if (t < seconds) requestAnimationFrame(step);
          else {
            mouse("mouseup", start.x, start.y);
            done({ fps: frames / t, renders, nodes: cy.nodes().length });
          }
        };
        requestAnimationFrame(step);
      }),
    Number(seconds),
  );
}

const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const cold = await timeTopicMap(page);
  log(`500-topic map, first visit (fcose in a worker): ${Math.round(cold)} ms`);
  const warm = await timeTopicMap(page);
  log(`500-topic map, revisit (stored positions): ${Math.round(warm)} ms`);
  const pan = await panFps(page, Number(values.seconds));
  log(`panning ${pan.nodes} nodes: ${pan.fps.toFixed(1)} fps (${pan.renders} renders)`);
  await context.close();

  const results: Record<string, unknown> = existsSync(values.out) ? JSON.parse(await readFile(values.out, "utf8")) : {};
  const client = { ...(results.client as object | undefined), topicMap500Ms: Math.round(warm), pan2000Fps: Math.round(pan.fps * 10) / 10 };
  await writeFile(values.out, `${JSON.stringify({ ...results, client }, null, 2)}\n`);
  log(`wrote client.topicMap500Ms and client.pan2000Fps to ${values.out}`);
} finally {
  await browser.close();
  server.close();
}
