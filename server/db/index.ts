export { createDriver, type DriverConfig } from "./driver";
export { createDatabase, int, type Database, type ManagedTransaction, type Work } from "./database";
export { applySchema } from "./schema";
export { isConstraintViolation, isDatabaseUnavailable } from "./errors";
