import { z } from "zod";
import { InsightId, SourceId, TopicSlug } from "../ids";
import { limits } from "../limits";
import { TopicRef } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";

/** A stable hash of the speaker's scope (show, or episode for an unnamed voice) and name. */
export const SpeakerId = z.string().regex(/^[a-f0-9]{32}$/, "not a speaker id").brand<"SpeakerId">();
export type SpeakerId = z.infer<typeof SpeakerId>;

export const SpeakerRef = z.object({ id: SpeakerId, name: z.string(), named: z.boolean() }).readonly();
export type SpeakerRef = z.infer<typeof SpeakerRef>;

export const Speaker = z
  .object({
    id: SpeakerId,
    name: z.string(),
    aliases: z.array(z.string()).readonly(),
    /** The show the name is resolved within; null for a source without a show. */
    show: z.string().nullable(),
    /** False for an unnamed voice of one episode ("Speaker 1"), never merged across episodes. */
    named: z.boolean(),
    role: z.enum(["host", "guest"]).nullable(),
  })
  .readonly();
export type Speaker = z.infer<typeof Speaker>;

/** Another speaker, and how many related pairs of claims put the two on one side or opposite sides. */
const Counterpart = SpeakerRef.and(z.object({ pairs: z.number().int().positive() }));

export const GetSpeaker = defineContract({
  method: "GET",
  path: "/api/speakers/:id",
  params: z.object({ id: SpeakerId }),
  query: z.object({ limit: limitParam(limits.list.default, limits.list.max) }),
  response: z.object({
    speaker: Speaker,
    /** Their claims, newest source first. */
    claims: z.array(
      z.object({
        id: InsightId,
        text: z.string(),
        topics: z.array(TopicRef).readonly(),
        source: z.object({ id: SourceId, title: z.string(), show: z.string().nullable(), publishedAt: z.string().nullable() }),
        startSec: z.number().nullable(),
      }),
    ),
    shows: z.array(z.object({ show: z.string(), sources: z.number().int().nonnegative() })),
    agreesWith: z.array(Counterpart),
    disagreesWith: z.array(Counterpart),
  }),
});

/** "said in 4 sources across 3 shows, by 3 speakers · 1 contradicting". */
/** How widely a claim was said: distinct sources, shows and speakers. */
export const EvidenceCounts = z
  .object({ sources: z.number().int().nonnegative(), shows: z.number().int().nonnegative(), speakers: z.number().int().nonnegative() })
  .readonly();
export type EvidenceCounts = z.infer<typeof EvidenceCounts>;

export const InsightEvidence = z
  .object({
    sources: z.number().int().nonnegative(),
    shows: z.number().int().nonnegative(),
    speakers: z.array(SpeakerRef).readonly(),
    supporting: z.number().int().nonnegative(),
    contradicting: z.number().int().nonnegative(),
    summary: z.string(),
  })
  .readonly();
export type InsightEvidence = z.infer<typeof InsightEvidence>;

export const GetInsightEvidence = defineContract({
  method: "GET",
  path: "/api/insights/:id/evidence",
  params: z.object({ id: InsightId }),
  response: InsightEvidence,
});
export type SpeakerPage = z.infer<typeof GetSpeaker.response>;

/** One side of a crux: a claim and who said it, where and when. */
export const CruxSide = z.object({
  id: InsightId,
  text: z.string(),
  quote: z.string().nullable(),
  said: z.array(
    z.object({
      speaker: SpeakerRef,
      source: z.object({ id: SourceId, title: z.string(), url: z.string().nullable(), show: z.string().nullable(), publishedAt: z.string().nullable() }),
      startSec: z.number().nullable(),
      /** Where the quote ends, when this is the moment the claim's quote was taken from. */
      endSec: z.number().nullable(),
    }),
  ),
});
export type CruxSide = z.infer<typeof CruxSide>;

export const Crux = z.object({
  sides: z.tuple([CruxSide, CruxSide]),
  relationConfidence: z.number().min(0).max(1),
  reason: z.string(),
  /** Named speakers heard on both sides: they changed their mind, or the label is wrong. */
  changedMind: z.array(SpeakerRef),
});
export type Crux = z.infer<typeof Crux>;

export const GetCruxes = defineContract({
  method: "GET",
  path: "/api/topics/:slug/cruxes",
  params: z.object({ slug: TopicSlug }),
  response: z.object({ cruxes: z.array(Crux).max(3) }),
});
