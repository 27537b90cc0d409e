import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import type { Env } from "../env";
import { type LocalNeo4j, launchNeo4j } from "./bundled/launch";
import { type Database, createDatabase } from "./database";
import { createDriver } from "./driver";
import { applySchema } from "./schema";

export type GraphSettings = Pick<Env, "NEO4J_URI" | "NEO4J_USER" | "NEO4J_PASSWORD" | "NEO4J_DATABASE" | "NEO4J_BOLT_PORT" | "DATA_DIR">;

export interface GraphConnection {
  readonly db: Database;
  /** For the few callers that need the driver itself: the schema, waiting for an unreachable server. */
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  /** Where the graph is, for messages: the bundled store's folder, or NEO4J_URI. */
  readonly describe: string;
  prepareSchema(): Promise<void>;
  /** Closes the driver, then stops the bundled Neo4j if this connection started it. */
  close(): Promise<void>;
}

/**
 * The graph every entry point uses (server, CLIs, backup): NEO4J_URI when set, else the bundled
 * Neo4j on DATA_DIR, started here. The bundled store can be opened by one process at a time, so a
 * second command either talks to the running app or waits until it has stopped.
 */
export async function connect(settings: GraphSettings, log: (line: string) => void): Promise<GraphConnection> {
  const home = join(settings.DATA_DIR, "neo4j");
  let local: LocalNeo4j | undefined;
  if (!settings.NEO4J_URI) {
    log(`neo4j: starting the bundled Neo4j (store in ${home})…`);
    local = await launchNeo4j({ home, port: settings.NEO4J_BOLT_PORT, log });
    log(`neo4j: ready at ${local.uri} in ${(local.startedInMs / 1000).toFixed(1)} s`);
  }
  const uri = settings.NEO4J_URI ?? local!.uri;
  const driver = createDriver({ uri, user: settings.NEO4J_USER, password: settings.NEO4J_PASSWORD });
  const db = createDatabase(driver, settings.NEO4J_DATABASE);
  return {
    db,
    driver,
    database: settings.NEO4J_DATABASE,
    uri,
    describe: local ? `the bundled Neo4j in ${home}` : uri,
    prepareSchema: () => applySchema(driver, settings.NEO4J_DATABASE),
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
