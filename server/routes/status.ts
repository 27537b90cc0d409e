import { GetStatus } from "@shared/api/status";
import { Router } from "express";
import type { Enrichment } from "../enrichment";
import { route } from "../middleware/route";

/** What the server is doing in the background: the enrichment queue's counts, rate and parked insights. */
export function statusRouter(enrichment: Enrichment): Router {
  const router = Router();
  route(router, GetStatus, async () => ({ enrichment: await enrichment.status() }));
  return router;
}
