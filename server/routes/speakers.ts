import { GetCruxes, GetInsightEvidence, GetSpeaker } from "@shared/api/speakers";
import { Router } from "express";
import { PreparedJson } from "../cache/preparedJson";
import type { VersionedCache } from "../cache/versionedCache";
import type { Database } from "../db";
import { notFound } from "../errors";
import { route } from "../middleware/route";
import { findInsightEvidence, findSpeakerPage } from "../repositories/speakers";
import { describeEvidence } from "../speakers/evidence";
import { findTopicCruxes } from "../speakers/topicCruxes";

export function speakersRouter(db: Database, pages: VersionedCache): Router {
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
  // Kept like topic pages until the graph version changes: every change to a topic's crux list moves it (refreshCruxes.ts).
  route(router, GetCruxes, async ({ params }) => {
    const answer = await pages.get(`cruxes ${params.slug}`, async () => {
      const cruxes = await findTopicCruxes(db, params.slug);
      return cruxes && new PreparedJson({ cruxes });
    });
    if (!answer) throw notFound(`Topic ${params.slug}`);
    return answer;
  });
  return router;
}
