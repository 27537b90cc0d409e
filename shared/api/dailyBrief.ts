import { z } from "zod";
import { InsightId } from "../ids";
import { TopicRef } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";
import { SpeakerRef } from "./speakers";
import { VoiceDiversity } from "./voices";

/** One of an item's best related insights, with the reason they are related and its page. */
export const BriefRelated = z.object({ id: InsightId, text: z.string(), reason: z.string(), score: z.number(), url: z.string() }).readonly();

export const DailyBriefItem = z
  .object({
    id: InsightId,
    text: z.string(),
    quote: z.string().nullable(),
    startSec: z.number().nullable(),
    /** The insight's page in the explorer. */
    url: z.string(),
    source: z.object({ title: z.string(), show: z.string().nullable(), url: z.string().nullable(), textFrom: z.string().nullable() }).nullable(),
    topics: z.array(TopicRef).readonly(),
    /** Who said it, when a transcript names them (absent in briefs made before speakers were kept). */
    speakers: z.array(SpeakerRef).readonly().default([]),
    /** About a topic the reader follows (those come first). */
    followed: z.boolean(),
    score: z.number(),
    related: z.array(BriefRelated).readonly(),
  })
  .readonly();
export type DailyBriefItem = z.infer<typeof DailyBriefItem>;

/**
 * A brief as it was made and sent: the day's top insights from sources new since the last brief
 * (`basis: "new-sources"`), else the graph's best not sent before (`"best-of-graph"`), with a
 * sentence that says which and why, and whether it was emailed.
 */
export const DailyBrief = z
  .object({
    /** The day it is for (server time zone), `YYYY-MM-DD`: one brief a day. */
    id: z.iso.date(),
    generatedAt: z.string(),
    /** When the brief before it was made: sources ingested after this count as new. */
    since: z.string().nullable(),
    basis: z.enum(["new-sources", "best-of-graph", "empty"]),
    note: z.string(),
    method: z.string(),
    items: z.array(DailyBriefItem).readonly(),
    /** How many shows and speakers the items come from; absent in briefs made before it was counted. */
    voices: VoiceDiversity.optional(),
    delivery: z.object({ emailedTo: z.string().nullable(), emailedAt: z.string().nullable(), emailError: z.string().nullable() }).readonly(),
  })
  .readonly();
export type DailyBrief = z.infer<typeof DailyBrief>;

export const ListBriefs = defineContract({
  method: "GET",
  path: "/api/briefs",
  query: z.object({ limit: limitParam(30, 365) }),
  response: z.object({ briefs: z.array(DailyBrief).readonly(), schedule: z.object({ next: z.string().nullable(), email: z.boolean() }).readonly() }).readonly(),
});

export const GetDailyBrief = defineContract({ method: "GET", path: "/api/briefs/:id", params: z.object({ id: z.iso.date() }), response: DailyBrief });

/** Makes today's brief now (replacing one made earlier today), stores it and emails it when mail is set up. */
export const SendBrief = defineContract({ method: "POST", path: "/api/brief/send", response: DailyBrief, status: 201 });

/** Every stored brief as one entry of an Atom feed. */
export const GetBriefsAtom = defineContract({ method: "GET", path: "/api/briefs.atom", query: z.object({}), response: z.string() });
