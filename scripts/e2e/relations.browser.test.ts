import { createHash } from "node:crypto";
import type { InsightId } from "@shared/ids";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHeuristicExtractor } from "../../server/extract/heuristic";
import { refreshCruxesAround } from "../../server/speakers/refreshCruxes";
import { connectTestDatabase, uniqueTag } from "../../server/testing/harness";
import { seriousViolations } from "./axe";
import { launchChromium, screenshot, serveApp, watchForErrors } from "./browser";

/**
 * Typed relations where a reader meets them: drawn in the insight's neighbourhood graph with a
 * key, as transitions of the reading list, beside the list's voices, and the topic's claims
 * ordered by evidence. The relations are written onto the related pairs as the labelling step
 * leaves them (that step has its own tests), so the page is judged on known labels. The last test
 * names the speakers, so the tests before it see none.
 */
const db = connectTestDatabase();
let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
const tag = uniqueTag();
const theme = `${tag} quorvish grids`;
const patient = { timeout: 20_000 };
let ids: string[] = [];
const speakerId = (name: string) => createHash("sha256").update(`${tag} ${name}`).digest("hex").slice(0, 32);

beforeAll(async () => {
  app = await serveApp(db, createHeuristicExtractor());
  const show = (name: string, n: number) => ({ title: `Episode ${n} ${tag}`, url: `https://example.org/${tag}/${n}`, show: `${name} ${tag}` });
  // Made-up words keep other tests' insights out of these related lists; two of three from one show.
  const insights = [
    { text: `Quorvish towns ${tag} should run the blenting grids they control themselves.`, topics: [theme], source: show("Gridcast", 1) },
    { text: `Quorvish towns ${tag} running blenting grids themselves waste the money of their people.`, topics: [theme], source: show("Gridcast", 2) },
    { text: `Quorvish blenting grids ${tag} run by the towns keep power cheap for their people.`, topics: [theme], source: show("Valley Notes", 3) },
  ];
  const res = await fetch(`${app.baseUrl}/api/insights?wait=1`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ insights }) });
  expect(res.status).toBe(201);
  ids = ((await res.json()) as { insights: { id: string }[] }).insights.map((insight) => insight.id);
  await db.write("test", (tx) =>
    tx.run(
      `UNWIND $pairs AS pair
       MATCH (a:Insight {id: pair.a})-[r:RELATED_TO]-(b:Insight {id: pair.b})
       SET r.relation = pair.relation, r.relationConfidence = 0.8, r.relationReason = 'set by the test'`,
      {
        pairs: [
          { a: ids[0], b: ids[1], relation: "contradicts" },
          { a: ids[0], b: ids[2], relation: "supports" },
          { a: ids[1], b: ids[2], relation: "contradicts" },
        ],
      },
    ),
  );
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

describe("typed relations in the browser", () => {
  it("draws them in the insight's neighbourhood graph with a key that needs no colour", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchForErrors(page);
    await page.goto(`${app.baseUrl}/insights/${ids[0]}`);
    await page.locator('[data-testid=neighbourhood-graph][data-state="ready"]').waitFor(patient);
    const legend = page.getByTestId("edge-legend");
    await expect.poll(() => legend.locator("li").allTextContents(), patient).toEqual(["related", "contradicts", "supports", "shares the topic"]);
    // Each key entry draws its line: the contradiction dashed with bars at its ends, support solid.
    expect(await legend.locator("li").nth(1).locator("line").count()).toBe(3);
    expect(await legend.locator("li").nth(1).locator("line").first().getAttribute("stroke-dasharray")).toBeTruthy();
    expect(await legend.locator("li").nth(2).locator("line").first().getAttribute("stroke-dasharray")).toBeNull();
    await page.getByTestId("neighbourhood-graph").scrollIntoViewIfNeeded();
    await screenshot(page, "relation-edges");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("words the reading list's transitions by relation and says who speaks", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchForErrors(page);
    const slug = (await (await fetch(`${app.baseUrl}/api/insights/${ids[0]}`)).json()) as { topics: { slug: string }[] };
    await page.goto(`${app.baseUrl}/reading-list?topics=${slug.topics[0]!.slug}`);
    await expect.poll(() => page.getByTestId("reading-list-item").count(), patient).toBe(3);
    const transitions = await page.getByTestId("item-role").allTextContents();
    expect(transitions.length).toBeGreaterThan(0);
    for (const words of transitions) expect(words).toMatch(/^(contradicts|supports) [12]$/);
    await expect.poll(() => page.getByTestId("voices").textContent(), patient).toContain(`3 items from 2 shows; no named speakers; heard most: Gridcast ${tag}, 2 of 3 (67 %)`);
    expect(await page.getByTestId("voices-note").textContent()).toBe(`One voice holds over half: Gridcast ${tag} (2 of 3, 67 %).`);
    await screenshot(page, "reading-list-relations");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("orders a topic's claims by evidence from the topic page, in the URL", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchForErrors(page);
    const detail = (await (await fetch(`${app.baseUrl}/api/insights/${ids[0]}`)).json()) as { topics: { slug: string }[] };
    await page.goto(`${app.baseUrl}/topics/${detail.topics[0]!.slug}`);
    const claims = page.getByTestId("claim-with-evidence");
    await expect.poll(() => claims.count(), patient).toBe(3);
    // A click, not check(): the box follows the URL, which the router sets in a transition, so
    // its state can change after check() has looked (it failed that way on a loaded CI machine).
    await page.getByLabel("Most evidence").click();
    await page.waitForURL(/order=evidence/);
    await expect.poll(() => page.getByLabel("Most evidence").isChecked(), patient).toBe(true);
    await expect.poll(async () => (await claims.first().textContent()) ?? "", patient).toContain("1 source · 1 show · 0 speakers");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("shows the theme's cruxes on its reading list: each side with who said it, once speakers are named", async () => {
    await db.write("test", async (tx) => {
      await tx.run(
        `MATCH (a:Insight {id: $ids[0]})-[:FROM]->(s:Source), (b:Insight {id: $ids[1]})-[:FROM]->(t:Source)
         CREATE (ada:Speaker {id: $ada, name: 'Ada Brandt', named: true, scope: s.show}), (ben:Speaker {id: $ben, name: 'Ben Okafor', named: true, scope: t.show})
         CREATE (a)-[:SAID_BY {sourceId: s.id, startSec: 61}]->(ada), (b)-[:SAID_BY {sourceId: t.id, startSec: 90}]->(ben)`,
        { ids, ada: speakerId("ada"), ben: speakerId("ben") },
      );
      // As labelling does after an ingest: the topic's crux list is kept with its pairs.
      await refreshCruxesAround(tx, ids as InsightId[]);
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = watchForErrors(page);
    const detail = (await (await fetch(`${app.baseUrl}/api/insights/${ids[0]}`)).json()) as { topics: { slug: string }[] };
    await page.goto(`${app.baseUrl}/reading-list?topics=${detail.topics[0]!.slug}`);
    const crux = page.getByTestId("crux");
    await expect.poll(() => crux.count(), patient).toBe(1);
    const sides = await crux.locator(".crux-sides > div").allTextContents();
    expect(sides).toHaveLength(2);
    expect(sides.join(" | ")).toMatch(/Ada Brandt.*\|.*against.*Ben Okafor|Ben Okafor.*\|.*against.*Ada Brandt/);
    await page.getByTestId("cruxes").scrollIntoViewIfNeeded();
    await screenshot(page, "reading-list-cruxes");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
