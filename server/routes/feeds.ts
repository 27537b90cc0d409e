import { CheckFeed, CreateFeed, DeleteFeed, ImportOpml, ListFeeds } from "@shared/api/feeds";
import { Router } from "express";
import { notFound } from "../errors";
import type { FeedFollower } from "../feeds";
import { route } from "../middleware/route";

/** Followed feeds: list, follow (by URL or OPML), unfollow, check now. The schedule does the rest. */
export function feedsRouter(feeds: FeedFollower, subscribeWaitMs?: number): Router {
  const router = Router();
  route(router, ListFeeds, async () => ({ feeds: await feeds.list() }));
  // Registered before `/api/feeds/:id...` so "opml" is never read as an id.
  route(router, ImportOpml, ({ body }) => feeds.importOpml(body.opml));
  route(router, CreateFeed, ({ body }) => feeds.subscribe(body.url, subscribeWaitMs));
  route(router, DeleteFeed, async ({ params }) => {
    if (!(await feeds.remove(params.id))) throw notFound(`Feed ${params.id}`);
    return { deleted: params.id };
  });
  route(router, CheckFeed, ({ params }) => feeds.check(params.id));
  return router;
}
