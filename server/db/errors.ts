import neo4j, { Neo4jError } from "neo4j-driver";

const { SERVICE_UNAVAILABLE, SESSION_EXPIRED } = neo4j.error;

/** The database could not be reached or could not serve now (down, restarting, overloaded). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return error.code === SERVICE_UNAVAILABLE || error.code === SESSION_EXPIRED || error.code.startsWith("Neo.TransientError.");
}

export function isConstraintViolation(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}

/**
 * Another server made the same index or constraint a moment before: `CREATE … IF NOT EXISTS` does
 * nothing when the rule is there as it starts, but fails this way when a concurrent one commits first.
 */
export function isSchemaRuleMadeMeanwhile(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
}
