import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildInsight, connectTestDatabase, createTestApp, uniqueTag } from "../../server/testing/harness";

const run = promisify(execFile);
const db = connectTestDatabase();
const tag = uniqueTag();
const theme = `${tag}-theme`;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "export-cli-"));
  const insights = [1, 2, 3].map((n) =>
    buildInsight(tag, {
      text: [`Grid operators ${tag} must plan for data centre demand.`, `Open weights ${tag} make audits by regulators possible.`, `Procurement ${tag} shapes sovereignty more than grants do.`][n - 1]!,
      topics: [theme],
      source: { title: `Episode ${n} ${tag}`, url: `https://example.org/${tag}/${n}`, publishedAt: "2026-11-20" },
    }),
  );
  await request(createTestApp(db)).post("/api/insights").send({ insights }).expect(201);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

/** The command as a person runs it, pointed at the test Neo4j. */
const cli = (script: string, args: string[]) =>
  run("npx", ["tsx", `scripts/${script}.ts`, ...args], { env: { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_USER: "neo4j", NEO4J_PASSWORD: "neo4j" } });

describe("npm run export", () => {
  it("writes the theme's reading list in the format asked for", async () => {
    const out = join(dir, "list.csv");
    const { stderr } = await cli("export", ["--topics", theme, "--format", "csv", "--out", out]);
    expect(stderr).toMatch(/wrote .*list\.csv/);
    const rows = parse(await readFile(out, "utf8"), { columns: true }) as { source: string }[];
    expect(rows.map((row) => row.source).sort()).toEqual([1, 2, 3].map((n) => `Episode ${n} ${tag}`));
  });

  it("writes a vault as a folder of notes when --out is not a .zip", async () => {
    const out = join(dir, "vault");
    const { stderr } = await cli("export", ["--topics", theme, "--format", "vault", "--out", out]);
    expect(stderr).toMatch(/wrote \d+ notes into .*vault/);
    const notes = await readdir(join(out, "Insights"));
    expect(notes).toHaveLength(3);
    expect(await readFile(join(out, "Insights", notes.find((name) => name.startsWith("Grid operators"))!), "utf8")).toContain(`[Episode 1 ${tag}](<https://example.org/${tag}/1>)`);
  });

  it("says what is wrong with its arguments", async () => {
    await expect(cli("export", ["--topics", "Not A Slug", "--format", "md"])).rejects.toMatchObject({ stderr: expect.stringContaining("not a topic slug") });
  });
});

describe("npm run brief", () => {
  it("prints the brief of the named topics as Markdown", async () => {
    const { stdout } = await cli("brief", ["--topics", theme, "--since", "2026-11-01", "--limit", "2"]);
    expect(stdout).toMatch(/^# Brief: .+ since 2026-11-01$/m);
    expect(stdout.match(/^\d\. \*\*/gm)).toHaveLength(2);
  });
});
