import { join } from "node:path";
import { launchNeo4j } from "../../scripts/neo4j/launch";
import { type Database, applySchema, createDatabase, createDriver } from "../db";
import type { Env } from "../env";

export interface Connection {
  readonly db: Database;
  readonly database: string;
  readonly describe: string;
  prepareSchema(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The graph the app uses: NEO4J_URI when set, else the bundled Neo4j on DATA_DIR. The bundled
 * store can be opened by one process at a time, so back up or restore it while the app is
 * stopped, or point NEO4J_URI at the running app's Neo4j (it prints its bolt:// address).
 */
export async function connectToGraph(env: Env, log: (line: string) => void): Promise<Connection> {
  const home = join(env.DATA_DIR, "neo4j");
  const local = env.NEO4J_URI ? undefined : await launchNeo4j({ home, port: env.NEO4J_BOLT_PORT, log });
  const uri = env.NEO4J_URI ?? local!.uri;
  const driver = createDriver({ uri, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD });
  const db = createDatabase(driver, env.NEO4J_DATABASE);
  return {
    db,
    database: env.NEO4J_DATABASE,
    describe: local ? `the bundled Neo4j in ${home}` : uri,
    prepareSchema: () => applySchema(driver, env.NEO4J_DATABASE),
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
