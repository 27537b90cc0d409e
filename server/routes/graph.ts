import { GetInsightGraph, GetTopicGraph } from "@shared/api/graph";
import { Router } from "express";
import { PreparedJson } from "../cache/preparedJson";
import type { VersionedCache } from "../cache/versionedCache";
import type { Database } from "../db";
import { notFound } from "../errors";
import { route } from "../middleware/route";
import type { CommunityRefresher } from "../related/communityRefresher";
import { findInsightGraph, findTopicGraph, topicExists } from "../repositories/graph";

export function graphRouter(db: Database, communities: CommunityRefresher, pages: VersionedCache): Router {
  const router = Router();
  route(router, GetTopicGraph, async ({ query }) => {
    await communities.ensureFresh();
    return pages.get(`topicGraph ${JSON.stringify(query)}`, async () => new PreparedJson(await db.read("topicGraph", (tx) => findTopicGraph(tx, query))));
  });
  route(router, GetInsightGraph, async ({ query }) => {
    const page = { limit: query.limit, offset: query.offset };
    if (query.topic !== undefined) {
      const topic = query.topic;
      const graph = await db.read("insightGraph", async (tx) =>
        (await topicExists(tx, topic)) ? findInsightGraph(tx, { topic }, page) : null,
      );
      if (!graph) throw notFound(`Topic ${topic}`);
      return graph;
    }
    await communities.ensureFresh();
    return db.read("insightGraph", (tx) => findInsightGraph(tx, { community: query.community ?? 0 }, page));
  });
  return router;
}
