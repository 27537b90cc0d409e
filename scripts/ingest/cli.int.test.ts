import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { connectTestDatabase, uniqueTag } from "../../server/testing/harness";

const run = promisify(execFile);
const db = connectTestDatabase();
let folder = "";
const tag = uniqueTag();

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "ingest-cli-"));
  await mkdir(join(folder, "notes"));
  await writeFile(
    join(folder, "notes", `compute-${tag}.md`),
    `# Compute (${tag})\n\nNational compute reserves (${tag}) matter more than national model champions, because every model needs chips to run.\n`,
  );
  await writeFile(
    join(folder, `episode-${tag}.srt`),
    `1\n00:03:00,000 --> 00:03:05,000\nMAYA: Fine-tuning an open model on local legal text (${tag}) costs a fraction of pretraining.\n`,
  );
  await writeFile(join(folder, `broken-${tag}.json`), '{"insights": [');
  await writeFile(join(folder, "cover.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await db.close();
});

const ingest = (...options: string[]) =>
  run("npx", ["tsx", "scripts/ingest.ts", ...options, folder], {
    env: { ...process.env, NEO4J_URI: inject("neo4jUri"), EXTRACTOR: "heuristic" },
    timeout: 120_000,
  }).then(
    (ok) => ({ code: 0, out: ok.stdout }),
    (failed: { code: number; stdout: string }) => ({ code: failed.code, out: failed.stdout }),
  );

const fromLinks = () =>
  db.read("test", async (tx) => (await tx.run("MATCH (i:Insight)-[f:FROM]->(s:Source) WHERE s.title CONTAINS $tag RETURN count(f) AS n", { tag })).records[0]?.get("n") as number);

const waiting = () =>
  db.read("test", async (tx) => (await tx.run("MATCH (i:Insight)-[:FROM]->(s:Source) WHERE s.title CONTAINS $tag AND i.enrichStage IS NOT NULL RETURN count(DISTINCT i) AS n", { tag })).records[0]?.get("n") as number);

describe("npm run ingest", () => {
  it("walks a folder, ingests what it can, names each failure, and changes nothing the second time", async () => {
    const first = await ingest();
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/done: 2 sources, \d+ insights, \d+ topics, 1 skipped, 1 failed/);
    expect(first.out).toContain(`failed: ${join(folder, `broken-${tag}.json`)}: malformed JSON`);
    expect(first.out).toContain(`skipped: ${join(folder, "cover.png")}: not a source format`);
    expect(first.out).toContain("queued for enrichment");
    const links = await fromLinks();
    expect(links).toBeGreaterThanOrEqual(2);
    expect(await waiting()).toBeGreaterThanOrEqual(2);
    // --wait enriches what this run wrote before exiting; the second run writes nothing new.
    const second = await ingest("--wait");
    expect(second.out).toMatch(/done: 2 sources/);
    expect(await fromLinks()).toBe(links);
    expect(await waiting()).toBe(0);
  }, 240_000);
});
