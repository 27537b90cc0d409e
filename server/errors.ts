import type { ErrorCode } from "@shared/api/errors";

/** An error the API answers with as is: a status, a stable code and a message a person can act on. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError(404, "not_found", `${what} was not found`);
export const badRequest = (message: string, details?: unknown) => new AppError(400, "bad_request", message, details);
