import { CreateSource } from "@shared/api/sources";
import { Router } from "express";
import type { Database } from "../db";
import type { Extractor } from "../extract/types";
import { type IngestOptions, ingestSource } from "../ingest/ingest";
import { route } from "../middleware/route";

export function sourcesRouter(db: Database, extractor: Extractor, options: IngestOptions): Router {
  const router = Router();
  route(router, CreateSource, async ({ body }) => {
    const { source, insights } = await ingestSource(db, extractor, body, options);
    return { source: { id: source.id, title: source.title }, insights };
  });
  return router;
}
