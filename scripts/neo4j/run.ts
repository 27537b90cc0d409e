import { join } from "node:path";
import { EnvError, loadEnv } from "../../server/env";
import { LauncherSetupError, launchNeo4j } from "../../server/db";


/** `npm run neo4j`: the bundled Neo4j in the foreground, until Ctrl-C. */
try {
  const env = loadEnv();
  const neo4j = await launchNeo4j({ home: join(env.DATA_DIR, "neo4j"), port: env.NEO4J_BOLT_PORT });
  console.log(`neo4j: ready at ${neo4j.uri} in ${(neo4j.startedInMs / 1000).toFixed(1)} s (Ctrl-C stops it)`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void neo4j.stop().then(() => process.exit(0)));
  }
} catch (error) {
  const expected = error instanceof EnvError || error instanceof LauncherSetupError;
  console.error(expected ? error.message : error);
  process.exit(1);
}
