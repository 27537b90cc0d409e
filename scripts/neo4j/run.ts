import { join } from "node:path";
import { loadEnv } from "../../server/env";
import { launchNeo4j } from "./launch";

/** `npm run neo4j`: the bundled Neo4j in the foreground, until Ctrl-C. */
const env = loadEnv();
const neo4j = await launchNeo4j({ home: join(env.DATA_DIR, "neo4j"), port: env.NEO4J_BOLT_PORT });
console.log(`neo4j: ready at ${neo4j.uri} after ${(neo4j.startedInMs / 1000).toFixed(1)} s (Ctrl-C stops it)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void neo4j.stop().then(() => process.exit(0)));
}
