import { GetTopicGraph } from "@shared/api/graph";
import { GetTopic, ListTopics } from "@shared/api/topics";
import { Router } from "express";
import type { Database } from "../db";
import { notFound } from "../errors";
import { route } from "../middleware/route";
import { findTopicGraph } from "../repositories/graph";
import { findTopicPage, listTopics } from "../repositories/topics";

export function topicsRouter(db: Database): Router {
  const router = Router();
  route(router, ListTopics, async ({ query }) => ({ topics: await db.read("topics", (tx) => listTopics(tx, query.limit)) }));
  route(router, GetTopic, async ({ params, query }) => {
    const page = await db.read("topic", (tx) => findTopicPage(tx, params.slug, query.limit));
    if (!page) throw notFound(`Topic ${params.slug}`);
    return page;
  });
  route(router, GetTopicGraph, async ({ query }) => db.read("topicGraph", (tx) => findTopicGraph(tx, query.limit)));
  return router;
}
