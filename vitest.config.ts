import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` runs pure tests; `integration` shares one bundled Neo4j (started by the
 * global setup on a free port with a temporary store) between API, repository and browser tests.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{server,client,shared,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.ts", "**/*.browser.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{server,client,scripts}/**/*.{int,browser}.test.ts"],
          globalSetup: ["server/testing/neo4jGlobalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Each file makes its own uniquely named data, so files may share the database.
          fileParallelism: true,
        },
      },
    ],
  },
});
