import { GetTopicLink } from "@shared/api/topicLink";
import { Router } from "express";
import type { Database } from "../db";
import { notFound } from "../errors";
import { route } from "../middleware/route";
import { findSharedInsights } from "../repositories/topicLink";

/** A link on the topic map, asked why it exists. */
export function topicLinkRouter(db: Database): Router {
  const router = Router();
  route(router, GetTopicLink, async ({ params, query }) => {
    const link = await db.read("topicLink", (tx) => findSharedInsights(tx, params.slug, params.other, query.limit));
    if (!link) throw notFound(`Topic ${params.slug} or ${params.other}`);
    return link;
  });
  return router;
}
