import { GetHealth } from "@shared/api/health";
import { Router } from "express";
import type { Database } from "../db";
import { route } from "../middleware/route";

export function healthRouter(db: Database): Router {
  const router = Router();
  route(router, GetHealth, async () => {
    // A failed ping is a driver error that the error handler answers with 503.
    await db.ping();
    return { status: "ok", neo4j: { connected: true } } as const;
  });
  return router;
}
