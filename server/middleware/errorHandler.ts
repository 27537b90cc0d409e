import type { ErrorBody } from "@shared/api/errors";
import type { ErrorRequestHandler } from "express";
import { isConstraintViolation, isDatabaseUnavailable } from "../db";
import { AppError } from "../errors";
import { describeUploadError } from "./uploadErrors";

/** The one place errors become responses, always in the shared error shape. */
export function errorHandler(log: (message: string) => void, onUnavailable?: () => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, body } = toResponse(error);
    if (body.error.code === "database_unavailable") onUnavailable?.();
    if (status >= 500 && status !== 503) log(`request failed: ${error instanceof Error ? error.stack : String(error)}`);
    res.status(status).json(body);
  };
}

function toResponse(error: unknown): { status: number; body: ErrorBody } {
  const answer = (status: number, code: ErrorBody["error"]["code"], message: string, details?: unknown) => ({
    status,
    body: { error: details === undefined ? { code, message } : { code, message, details } },
  });
  if (error instanceof AppError) return answer(error.status, error.code, error.message, error.details);
  if (isDatabaseUnavailable(error) && isTransient(error)) {
    return answer(503, "database_unavailable", "The graph is busy with other writes (a deadlock or lock timeout); try again in a moment.");
  }
  if (isDatabaseUnavailable(error)) {
    return answer(503, "database_unavailable", "The graph database is unreachable right now; try again shortly.");
  }
  if (isConstraintViolation(error)) return answer(409, "conflict", "That conflicts with data already in the graph.");
  const upload = describeUploadError(error);
  if (upload) return answer(upload.status, upload.code, upload.message);
  // Errors raised by Express's own body parser carry a status and a type.
  if (isHttpError(error)) {
    if (error.type === "entity.too.large") return answer(413, "payload_too_large", `The request body is larger than ${error.limit} bytes.`);
    if (error.type === "entity.parse.failed") return answer(400, "bad_request", "The request body is not valid JSON.");
    if (error.status === 415) return answer(415, "unsupported_media_type", "Send the request body as application/json.");
    if (error.status >= 400 && error.status < 500) return answer(error.status, "bad_request", error.message);
  }
  return answer(500, "internal", "Something went wrong on our side; the error was logged.");
}

interface HttpError {
  status: number;
  type?: string;
  limit?: number;
  message: string;
}

function isHttpError(error: unknown): error is HttpError {
  return typeof error === "object" && error !== null && typeof (error as HttpError).status === "number";
}

/** Neo4j answered but could not finish now (deadlock, lock timeout): busy, not away. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("Neo.TransientError.");
}
