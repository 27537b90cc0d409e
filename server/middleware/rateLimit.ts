import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { AppError } from "../errors";

const WINDOW_MS = 60_000;
const isWrite = (method: string) => method !== "GET" && method !== "HEAD" && method !== "OPTIONS";

/**
 * Caps writes per client address and minute. Writes run the extractor and a write transaction,
 * so a runaway script (or a guesser of the API token) could otherwise keep the database busy;
 * reads stay unlimited because the explorer fires several per page.
 */
export function writeRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    skip: (req) => !isWrite(req.method),
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(
        new AppError(
          429,
          "too_many_requests",
          `More than ${perMinute} writes in a minute from this address; wait a minute and send the rest.`,
        ),
      ),
  });
}
