import { GetStatus, ReleaseParked } from "@shared/api/status";
import { Router } from "express";
import type { Database } from "../db";
import type { Enrichment } from "../enrichment";
import { route } from "../middleware/route";
import { countQueueBySource, releaseParked } from "../repositories/enrichmentQueue";

/**
 * What the server is doing in the background: the enrichment queue's counts, rate and parked
 * insights, and, for the sources asked about, how many of their insights still wait.
 */
export function statusRouter(enrichment: Enrichment, db: Database): Router {
  const router = Router();
  route(router, GetStatus, async ({ query }) => {
    const asked = query.source ?? [];
    const sources = asked.length > 0 ? await db.read("sourceEnrichment", (tx) => countQueueBySource(tx, asked)) : undefined;
    return { enrichment: await enrichment.status(), ...(sources && { sources }) };
  });
  route(router, ReleaseParked, async ({ body }) => ({ released: await db.write("releaseParked", (tx) => releaseParked(tx, body.ids ?? null)) }));
  return router;
}
