import { GetBriefsAtom, GetDailyBrief, ListBriefs, SendBrief } from "@shared/api/dailyBrief";
import { Router } from "express";
import type { BriefDelivery } from "../brief/delivery";
import { notFound } from "../errors";
import { dailyBriefsAtom } from "../export/dailyBrief";
import { route } from "../middleware/route";
import { fileRoute } from "./fileRoute";

/** Stored daily briefs: read them (JSON, Atom), or make and send today's now. Reads never write. */
export function dailyBriefsRouter(briefs: BriefDelivery, schedule: { next(): Date | null } | undefined, appUrl: string): Router {
  const router = Router();
  route(router, ListBriefs, async ({ query }) => ({
    briefs: await briefs.list(query.limit),
    schedule: { next: schedule?.next()?.toISOString() ?? null, email: briefs.emails },
  }));
  fileRoute(router, GetBriefsAtom, async (_input, req) => ({
    fileName: "briefs.atom",
    contentType: "application/atom+xml; charset=utf-8",
    body: dailyBriefsAtom(await briefs.list(30), appUrl, `${appUrl}${req.originalUrl}`),
    inline: true,
  }));
  route(router, GetDailyBrief, async ({ params }) => {
    const brief = await briefs.get(params.id);
    if (!brief) throw notFound(`The brief of ${params.id}`);
    return brief;
  });
  route(router, SendBrief, () => briefs.send());
  return router;
}
