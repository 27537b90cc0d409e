import { GetTopic, ListTopics } from "@shared/api/topics";
import { Router } from "express";
import { PreparedJson } from "../cache/preparedJson";
import type { VersionedCache } from "../cache/versionedCache";
import type { Database } from "../db";
import { notFound } from "../errors";
import { route } from "../middleware/route";
import type { CommunityRefresher } from "../related/communityRefresher";
import { findTopicPage, listTopics } from "../repositories/topics";

export function topicsRouter(db: Database, communities: CommunityRefresher, pages: VersionedCache): Router {
  const router = Router();
  route(router, ListTopics, async ({ query }) => ({ topics: await db.read("topics", (tx) => listTopics(tx, query.limit)) }));
  route(router, GetTopic, async ({ params, query }) => {
    await communities.ensureFresh();
    const key = `topic ${params.slug} ${JSON.stringify(query)}`;
    const page = await pages.get(key, async () => {
      const found = await db.read("topic", (tx) => findTopicPage(tx, params.slug, query));
      return found && new PreparedJson(found);
    });
    if (!page) throw notFound(`Topic ${params.slug}`);
    return page;
  });
  return router;
}
