import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";
import { createApp } from "../../server/app";
import type { Database } from "../../server/db";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import type { Extractor } from "../../server/extract/types";
import { loadSample } from "../../server/sample/loadSample";
import { connectTestDatabase } from "../../server/testing/harness";
import { DEFAULT_RELATED_K } from "../../server/related/refresh";

export const clientDir = join(process.cwd(), "dist/client");
export const screenshotDir = join(process.cwd(), "test-results/screenshots");

/** Debian's Chromium: the tests never download a browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The real app, serving the built client, on a free loopback port. */
export async function serveApp(db: Database, extractor: Extractor): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  if (!existsSync(join(clientDir, "index.html"))) throw new Error("dist/client is missing: run `npm run build` first");
  const app = createApp({ waitForEnrichment: true, db, extractor, relatedK: DEFAULT_RELATED_K, clientDir, log: () => undefined });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((ready) => server.once("listening", ready));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Collects what the page reports as broken: console errors (CSP violations among them) and crashes. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

export interface SampleExplorer {
  readonly browser: Browser;
  readonly app: Awaited<ReturnType<typeof serveApp>>;
  close(): Promise<void>;
}

/**
 * What the explorer's browser tests stand on: the sample corpus through the product's own path
 * (the offline extractor into the run's Neo4j), the built client served by the real app, and
 * Debian's Chromium.
 */
export async function startSampleExplorer(): Promise<SampleExplorer> {
  const db = connectTestDatabase();
  const extractor = createHeuristicExtractor();
  await loadSample(db, extractor, { relatedK: DEFAULT_RELATED_K }, () => undefined);
  const app = await serveApp(db, extractor);
  const browser = await launchChromium();
  return {
    browser,
    app,
    close: async () => {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}
