import { buildLauncher } from "../../server/db/bundled/build";

/** `npm run neo4j:build`: compiles the bundled Neo4j's launcher (CI runs it before the tests). */
try {
  buildLauncher();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
