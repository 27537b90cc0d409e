import { z } from "zod";
import { InsightId, TopicSlug } from "../ids";
import { TopicRef } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";

export const timelineLimits = { default: 300, max: 1_000 } as const;

/** A bar's key: a year or a month. */
const BarKey = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "not a month (2025-11) or a year");

/** A brushed span of a timeline: the keys of its first and last bar (months or years), inclusive. */
export const TimelineRange = z.object({ from: BarKey, to: BarKey }).strict().readonly();
export type TimelineRange = z.infer<typeof TimelineRange>;

/** One insight on a topic's timeline, dated by its source. */
export const TimelineInsight = z
  .object({
    id: InsightId,
    text: z.string(),
    /** The day its source was published, else the day it was added (`dated` says which). */
    date: z.iso.date(),
    dated: z.enum(["published", "added"]),
    /** When it entered the graph (ISO date-time): what "new since your last visit" compares. */
    addedAt: z.string(),
    source: z.object({ title: z.string(), show: z.string().nullable() }).readonly().nullable(),
  })
  .readonly();
export type TimelineInsight = z.infer<typeof TimelineInsight>;

/** `GET /api/topics/:slug/timeline`: a topic's insights oldest first, by the date of their source. */
export const GetTopicTimeline = defineContract({
  method: "GET",
  path: "/api/topics/:slug/timeline",
  params: z.object({ slug: TopicSlug }),
  query: z.object({ limit: limitParam(timelineLimits.default, timelineLimits.max) }),
  response: z
    .object({
      topic: TopicRef,
      insights: z.array(TimelineInsight).readonly(),
      /** How many insights the topic has in all; `insights` holds the oldest `limit`. */
      total: z.number().int().nonnegative(),
    })
    .readonly(),
});
