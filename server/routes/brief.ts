import {
  type Brief,
  type BriefQuery,
  FollowTopic,
  GetBrief,
  GetBriefAtom,
  GetBriefHtml,
  GetBriefMarkdown,
  GetProfile,
  UnfollowTopic,
} from "@shared/api/brief";
import { Router, type Request } from "express";
import type { Database } from "../db";
import { notFound } from "../errors";
import { toAtom } from "../export/atom";
import { briefAsDocument } from "../export/brief";
import { slugify } from "../export/fileName";
import { toHtml } from "../export/html";
import { toMarkdown } from "../export/markdown";
import { buildBrief } from "../brief/brief";
import { route } from "../middleware/route";
import { findFollowedTopics, followTopic, LOCAL_PROFILE, unfollowTopic } from "../repositories/profile";
import { fileRoute } from "./fileRoute";

/** Where this app is served, as the request reached it: feed entries link back to it. */
const appUrlOf = (req: Request) => `${req.protocol}://${req.get("host") ?? "127.0.0.1"}`;

const fileNameOf = (brief: Brief, extension: string) =>
  `brief-${slugify(brief.topics.map((topic) => topic.slug).join("-") || "followed")}-${brief.generatedAt.slice(0, 10)}.${extension}`;

/**
 * The brief of the topics the local user follows (or names), as JSON, Markdown, HTML and Atom,
 * and the profile that keeps what they follow. Reading a brief writes nothing; the daily briefs the
 * schedule sends (routes/dailyBriefs.ts) are what later briefs count as sent.
 */
export function briefRouter(db: Database, clock: () => Date = () => new Date(), profile = LOCAL_PROFILE): Router {
  const router = Router();
  const brief = (query: BriefQuery) => buildBrief(db, query, { now: clock(), profile });
  const currentProfile = async () => ({ follows: await db.read("profile", (tx) => findFollowedTopics(tx, profile)) });

  route(router, GetProfile, currentProfile);
  route(router, FollowTopic, async ({ params }) => {
    if (!(await db.write("followTopic", (tx) => followTopic(tx, profile, params.slug)))) throw notFound(`Topic ${params.slug}`);
    return currentProfile();
  });
  route(router, UnfollowTopic, async ({ params }) => {
    await db.write("unfollowTopic", (tx) => unfollowTopic(tx, profile, params.slug));
    return currentProfile();
  });

  route(router, GetBrief, async ({ query }) => brief(query));
  fileRoute(router, GetBriefMarkdown, async ({ query }) => {
    const answer = await brief(query);
    return { fileName: fileNameOf(answer, "md"), contentType: "text/markdown; charset=utf-8", body: toMarkdown(briefAsDocument(answer)), inline: true };
  });
  fileRoute(router, GetBriefHtml, async ({ query }) => {
    const answer = await brief(query);
    return { fileName: fileNameOf(answer, "html"), contentType: "text/html; charset=utf-8", body: toHtml(briefAsDocument(answer)), inline: true };
  });
  fileRoute(router, GetBriefAtom, async ({ query }, req) => {
    const answer = await brief(query);
    const appUrl = appUrlOf(req);
    return {
      fileName: fileNameOf(answer, "atom"),
      contentType: "application/atom+xml; charset=utf-8",
      body: toAtom(answer, appUrl, `${appUrl}${req.originalUrl}`),
      inline: true,
    };
  });
  return router;
}
