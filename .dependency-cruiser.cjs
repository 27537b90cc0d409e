/**
 * Which folder may import which: every import runs downward (scripts → server | client → shared),
 * and the outside world enters through one layer each. `npm run lint` checks these;
 * scripts/checks/boundaries.test.ts shows that each rule fails on an import that breaks it.
 */
const test = "\\.test\\.tsx?$";
const testHelpers = "^server/testing/";
/** What runs for a user: the app, its client, and the commands in the README. Tests, benches and evals are not. */
const production = ["^(server|client|shared)/", "^scripts/[^/]+\\.ts$", "^scripts/(cli|ingest|neo4j)/"];
const packageDir = (names) => `(^|/)node_modules/(${names})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "client-not-to-server",
      comment: "The browser bundle talks to the server over HTTP only; shared contracts live in shared/.",
      severity: "error",
      from: { path: "^client/" },
      to: { path: "^(server|scripts)/" },
    },
    {
      name: "shared-not-to-either-side",
      comment: "shared/ is read by both the server and the browser, so it may import neither (nor scripts).",
      severity: "error",
      from: { path: "^shared/", pathNot: test },
      to: { path: "^(server|client|scripts)/" },
    },
    {
      name: "shared-tests-only-to-test-helpers",
      comment: "A test of shared code may use the test helpers in server/testing/, nothing else outside shared/.",
      severity: "error",
      from: { path: `^shared/.*${test}` },
      to: { path: "^(server|client|scripts)/", pathNot: testHelpers },
    },
    {
      name: "server-not-to-scripts-or-client",
      comment: "The product does not depend on its scripts; scripts depend on the product.",
      severity: "error",
      from: { path: "^server/" },
      to: { path: "^(scripts|client)/" },
    },
    {
      name: "repositories-only-to-shared-and-db",
      comment: "Repositories own the row types they read and write; feature folders import them, never the other way.",
      severity: "error",
      from: { path: "^server/repositories/" },
      to: { dependencyTypesNot: ["core"], pathNot: "^(shared|server/db|server/repositories)/" },
    },
    {
      name: "no-circular",
      comment: "A cycle makes two modules one; split out what they share.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-test-helpers-in-production",
      comment: "Stubs, fixtures and harnesses live in server/testing/ (or beside their test) and never ship.",
      severity: "error",
      from: { path: production, pathNot: [test, testHelpers] },
      to: { path: [test, testHelpers, "^scripts/(e2e|checks)/", packageDir("vitest|supertest|fast-check|playwright-core|axe-core|autocannon")] },
    },
    {
      name: "only-db-to-neo4j-driver",
      comment: "server/db/ is the one place that knows the driver (and the benches, which time it bare).",
      severity: "error",
      from: { pathNot: "^(server/db|scripts/bench)/" },
      to: { path: packageDir("neo4j-driver") },
    },
    {
      name: "only-embeddings-to-model-runtime",
      comment: "The local embedding model is the only user of the ONNX runtime and its tokenizer.",
      severity: "error",
      from: { pathNot: "^server/embeddings/" },
      to: { path: packageDir("onnxruntime-node|@huggingface/tokenizers") },
    },
    {
      name: "only-mcp-to-mcp-sdk",
      comment: "The Model Context Protocol is one more way in, like the HTTP routes: it stays in server/mcp/, over the same services.",
      severity: "error",
      from: { pathNot: "^server/mcp/" },
      // NOTE: the resolver does not follow the SDK's "./*" exports, so its imports stay unresolved names: match both.
      to: { path: [packageDir("@modelcontextprotocol/sdk"), "^@modelcontextprotocol/sdk(/|$)"] },
    },
    {
      name: "only-model-modules-to-langchain",
      comment: "Provider packages stay behind the embedding, extraction and relation model modules.",
      severity: "error",
      from: { pathNot: "^server/(embeddings|extract/llm|relations/llm)/" },
      to: { path: packageDir("@langchain/[^/]+") },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // `import type` counts: a type is a dependency of the code that names it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    cache: false,
  },
};
