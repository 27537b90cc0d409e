import { z } from "zod";

export const ErrorCode = z.enum([
  "bad_request",
  "unauthorized",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  /** Well-formed input that gave nothing to store (a source without a single claim); details say why. */
  "unprocessable",
  "too_many_requests",
  "database_unavailable",
  "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The one error shape every endpoint answers with. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
