import { CreateInsights, GetInsight, GetRelated } from "@shared/api/insights";
import { Router } from "express";
import type { Database } from "../db";
import { notFound } from "../errors";
import { type IngestOptions, ingestInsights } from "../ingest/ingest";
import { route } from "../middleware/route";
import { findInsightDetail } from "../repositories/insights";
import { findPendingStage } from "../repositories/enrichmentQueue";
import { findRelated } from "../repositories/related";
import { relatedStillQueued } from "../enrichment/stages";
import { filterRelated, readDepth } from "../relatedFilters/filterRelated";

export function insightsRouter(db: Database, options: IngestOptions): Router {
  const router = Router();
  route(router, CreateInsights, async ({ body, query }) => ({
    insights: await ingestInsights(db, body.insights, { ...options, waitForEnrichment: query.wait ?? options.waitForEnrichment ?? false }),
  }));
  route(router, GetInsight, async ({ params }) => {
    const insight = await db.read("insight", (tx) => findInsightDetail(tx, params.id));
    if (!insight) throw notFound(`Insight ${params.id}`);
    return insight;
  });
  route(router, GetRelated, async ({ params, query }) => {
    const { related, computing } = await db.read("relatedInsights", async (tx) => {
      const related = await findRelated(tx, params.id, readDepth(query.limit, query), query.explain);
      // Only an empty list asks the queue: a new insight's page then says its list is on the way.
      return { related, computing: related?.length === 0 && relatedStillQueued(await findPendingStage(tx, params.id)) };
    });
    if (!related) throw notFound(`Insight ${params.id}`);
    const served = await filterRelated(db, params.id, related, query, query.limit);
    return computing ? { ...served, computing } : served;
  });
  return router;
}
