import neo4j, { type Driver } from "neo4j-driver";

export interface DriverConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/** One driver per process; integers come back as JS numbers (our counts stay far below 2^53). */
export function createDriver(config: DriverConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // A request should fail with 503 in seconds, not hang for the default 30 s of retries.
    maxTransactionRetryTime: 8_000,
    userAgent: "insight-graph",
  });
}
