import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type ICruiseResult, type IForbiddenRuleType, cruise } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

const { forbidden } = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as { forbidden: IForbiddenRuleType[] };
const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * Cruises a throwaway project laid out like ours (with our node_modules, so package imports resolve
 * to the real packages) against the rules in .dependency-cruiser.cjs, and names the rules broken.
 */
async function brokenRules(files: Readonly<Record<string, string>>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), "boundaries-"));
  projects.push(root);
  symlinkSync(join(process.cwd(), "node_modules"), join(root, "node_modules"), "dir");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const folders = [...new Set(Object.keys(files).map((path) => path.split("/")[0]!))];
  const { output } = await cruise(folders, {
    baseDir: root,
    validate: true,
    ruleSet: { forbidden },
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
  });
  return [...new Set((output as ICruiseResult).summary.violations.map((violation) => violation.rule.name))].sort();
}

const exported = "export const value = 1;\n";

/** One import that breaks each rule, beside a file it may import. */
const violations: Record<string, Record<string, string>> = {
  "client-not-to-server": { "client/view.ts": 'import { value } from "../server/app";\n', "server/app.ts": exported },
  "shared-not-to-either-side": { "shared/format.ts": 'import { value } from "../client/view";\n', "client/view.ts": exported },
  "shared-tests-only-to-test-helpers": { "shared/format.test.ts": 'import { value } from "../server/db/driver";\n', "server/db/driver.ts": exported },
  "server-not-to-scripts-or-client": { "server/index.ts": 'import { value } from "../scripts/neo4j/launch";\n', "scripts/neo4j/launch.ts": exported },
  "repositories-only-to-shared-and-db": {
    "server/repositories/insights.ts": 'import type { value } from "../ingest/ids";\n',
    "server/ingest/batch.ts": exported,
  },
  "no-circular": { "server/related/a.ts": 'import { b } from "./b";\nexport const a = b;\n', "server/related/b.ts": 'import { a } from "./a";\nexport const b = () => a;\n' },
  "no-test-helpers-in-production": { "server/routes/insights.ts": 'import { value } from "../testing/harness";\n', "server/testing/harness.ts": exported },
  "only-db-to-neo4j-driver": { "server/related/refresh.ts": 'import type { ManagedTransaction } from "neo4j-driver";\n' },
  "only-embeddings-to-model-runtime": { "server/related/meaning.ts": 'import { InferenceSession } from "onnxruntime-node";\n' },
  "only-mcp-to-mcp-sdk": { "server/routes/tools.ts": 'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\n' },
  "only-model-modules-to-langchain": { "server/ingest/summarise.ts": 'import { ChatOpenAI } from "@langchain/openai";\n' },
};

describe("the import rules", () => {
  it("has a violating example for every rule", () => {
    expect(Object.keys(violations).sort()).toEqual(forbidden.map((rule) => rule.name).sort());
  });

  it.each(Object.entries(violations))("%s fails on an import that breaks it", async (rule, files) => {
    expect(await brokenRules(files)).toEqual([rule]);
  }, 30_000);

  it("lets imports that run downward through", async () => {
    const allowed = {
      "shared/ids.ts": exported,
      "server/db/database.ts": 'import type { Driver } from "neo4j-driver";\nexport type Db = Driver;\n',
      "server/repositories/topics.ts": 'import type { Db } from "../db/database";\nimport { value } from "../../shared/ids";\nexport const topics = (db: Db) => [db, value];\n',
      "server/routes/topics.ts": 'import { topics } from "../repositories/topics";\nexport const route = topics;\n',
      "server/embeddings/local.ts": 'import { InferenceSession } from "onnxruntime-node";\nexport const session = InferenceSession;\n',
      "server/extract/llm/openai.ts": 'import { ChatOpenAI } from "@langchain/openai";\nexport const chat = ChatOpenAI;\n',
      "server/mcp/server.ts": 'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nexport const server = McpServer;\n',
      "server/routes/topics.test.ts": 'import { route } from "./topics";\nimport { value } from "../testing/harness";\nexport const both = [route, value];\n',
      "server/testing/harness.ts": exported,
      "client/view.ts": 'import { value } from "../shared/ids";\nexport const view = value;\n',
      "scripts/ingest.ts": 'import { route } from "../server/routes/topics";\nexport const run = route;\n',
    };
    expect(await brokenRules(allowed)).toEqual([]);
  }, 30_000);
});
