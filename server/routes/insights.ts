import { CreateInsights, GetInsight, GetRelated } from "@shared/api/insights";
import { Router } from "express";
import type { Database } from "../db";
import { notFound } from "../errors";
import { type IngestOptions, ingestInsights } from "../ingest/ingest";
import { route } from "../middleware/route";
import { findInsightDetail } from "../repositories/insights";
import { findRelated } from "../repositories/related";

export function insightsRouter(db: Database, options: IngestOptions): Router {
  const router = Router();
  route(router, CreateInsights, async ({ body }) => ({ insights: await ingestInsights(db, body.insights, options) }));
  route(router, GetInsight, async ({ params }) => {
    const insight = await db.read("insight", (tx) => findInsightDetail(tx, params.id));
    if (!insight) throw notFound(`Insight ${params.id}`);
    return insight;
  });
  route(router, GetRelated, async ({ params, query }) => {
    const related = await db.read("relatedInsights", (tx) => findRelated(tx, params.id, query.limit, query.explain));
    if (!related) throw notFound(`Insight ${params.id}`);
    return { related };
  });
  return router;
}
