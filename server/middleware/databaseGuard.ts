import type { RequestHandler } from "express";
import type { Database } from "../db";

/**
 * Once a request has found Neo4j unreachable, later requests check with one quick ping (a refused
 * connection fails in milliseconds) before running, so they answer 503 at once instead of each
 * sitting through the driver's retries. The first ping that succeeds lifts the check.
 */
export function databaseGuard(db: Database): { guard: RequestHandler; suspectUnavailable: () => void } {
  let suspect = false;
  const guard: RequestHandler = (_req, _res, next) => {
    if (!suspect) return next();
    db.ping().then(
      () => {
        suspect = false;
        next();
      },
      // The ping's own driver error becomes the usual 503 in the error handler.
      (error: unknown) => next(error),
    );
  };
  const suspectUnavailable = () => {
    suspect = true;
  };
  return { guard, suspectUnavailable };
}
