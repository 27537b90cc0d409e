import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import helmet from "helmet";
import { AppError } from "../errors";

/**
 * Write endpoints need `Authorization: Bearer <API_TOKEN>` when a token is configured (the server
 * refuses to bind beyond loopback without one). Reads stay open.
 */
export function requireTokenForWrites(token: string | undefined): RequestHandler {
  const expected = token ? Buffer.from(token) : null;
  return (req, _res, next) => {
    if (!expected || req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const given = Buffer.from(/^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "");
    if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
    next(new AppError(401, "unauthorized", "This write needs an `Authorization: Bearer <API_TOKEN>` header."));
  };
}

/**
 * Helmet's defaults plus a policy with no inline script: text from sources is untrusted, and the
 * client never needs eval or inline code. Cytoscape sets inline styles, so styles may be inline.
 */
export const securityHeaders: RequestHandler = helmet({
  contentSecurityPolicy: {
    directives: {
      "script-src": ["'self'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      // Served over plain HTTP on loopback: there is no HTTPS to upgrade to.
      "upgrade-insecure-requests": null,
    },
  },
  strictTransportSecurity: false,
});
