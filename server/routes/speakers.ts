import { GetCruxes, GetInsightEvidence, GetSpeaker } from "@shared/api/speakers";
import { Router } from "express";
import type { Database } from "../db";
import { notFound } from "../errors";
import { route } from "../middleware/route";
import { findCruxCandidates } from "../repositories/cruxes";
import { findInsightEvidence, findSpeakerPage } from "../repositories/speakers";
import { pickCruxes } from "../speakers/cruxes";
import { CRUX_CANDIDATES } from "../speakers/refreshCruxes";
import { describeEvidence } from "../speakers/evidence";

export function speakersRouter(db: Database): Router {
  const router = Router();
  route(router, GetSpeaker, async ({ params, query }) => {
    const page = await db.read("speaker", (tx) => findSpeakerPage(tx, params.id, query.limit));
    if (!page) throw notFound(`Speaker ${params.id}`);
    return page;
  });
  route(router, GetInsightEvidence, async ({ params }) => {
    const row = await db.read("insightEvidence", (tx) => findInsightEvidence(tx, params.id));
    if (!row) throw notFound(`Insight ${params.id}`);
    return describeEvidence(row);
  });
  route(router, GetCruxes, async ({ params }) => {
    // Candidates beyond three, so pairs of one speaker against themselves or one claim twice can be passed over.
    const candidates = await db.read("topicCruxes", (tx) => findCruxCandidates(tx, params.slug, CRUX_CANDIDATES));
    if (!candidates) throw notFound(`Topic ${params.slug}`);
    return { cruxes: pickCruxes(candidates) };
  });
  return router;
}
