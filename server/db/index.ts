export { createDriver, type DriverConfig } from "./driver";
export { BATCH_WRITE_TIMEOUT_MS, createDatabase, int, type Database, type ManagedTransaction, type Work, type WriteOptions } from "./database";
export { applySchema } from "./schema";
export { isConstraintViolation, isDatabaseUnavailable, isSchemaRuleMadeMeanwhile } from "./errors";
export { connect, type GraphConnection, type GraphSettings } from "./connect";
export { LauncherSetupError } from "./bundled/build";
export { launchNeo4j, type LaunchOptions, type LocalNeo4j } from "./bundled/launch";
export { prepareWhenReachable } from "./whenReachable";
