import type { RequestHandler } from "express";
import { AppError } from "../errors";

const accepted = ["application/json", "multipart/form-data"];

/**
 * A write with a body in any other type would reach validation as an empty body and be told that
 * every field is missing; naming the real problem (the type) is more useful.
 */
export const requireKnownBodyType: RequestHandler = (req, _res, next) => {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const hasBody = Number(req.get("content-length") ?? 0) > 0 || req.get("transfer-encoding") !== undefined;
  if (!hasBody || req.is(accepted)) return next();
  next(
    new AppError(
      415,
      "unsupported_media_type",
      `Send the request body as application/json (or multipart/form-data for uploads), not ${req.get("content-type") ?? "an untyped body"}.`,
    ),
  );
};
