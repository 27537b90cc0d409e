import { GetTopicTimeline } from "@shared/api/topicTimeline";
import { Router } from "express";
import type { Database } from "../db";
import { notFound } from "../errors";
import { route } from "../middleware/route";
import { findTopicTimeline } from "../repositories/topicTimeline";

export function topicTimelineRouter(db: Database): Router {
  const router = Router();
  route(router, GetTopicTimeline, async ({ params, query }) => {
    const timeline = await db.read("topicTimeline", (tx) => findTopicTimeline(tx, params.slug, query.limit));
    if (!timeline) throw notFound(`Topic ${params.slug}`);
    return timeline;
  });
  return router;
}
