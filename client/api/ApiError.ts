import type { ErrorCode } from "@shared/api";

/**
 * What went wrong with a call: the server's own codes, plus two only the browser can see —
 * the server never answered (`unreachable`), or answered with something the contract rejects.
 */
export type ApiErrorCode = ErrorCode | "unreachable" | "invalid_response";

export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** HTTP status, or null when no answer arrived. */
    readonly status: number | null = null,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** Used when an error answer lacks the shared error body, e.g. a proxy's HTML 502 page. */
export function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return "bad_request";
  if (status === 401 || status === 403) return "unauthorized";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 413) return "payload_too_large";
  if (status === 415) return "unsupported_media_type";
  if (status === 422) return "unprocessable";
  // Without the shared body these come from a proxy in front of an API process that is down;
  // the API's own 503 (database_unavailable) always carries the body.
  if (status === 502 || status === 503 || status === 504) return "unreachable";
  return "internal";
}
