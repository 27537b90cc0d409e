import { z } from "zod";
import { TopicSlug } from "../ids";
import { TopicRef, TopicSummary } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";
import { InsightEntry } from "./readingListDocument";
import { VoiceDiversity } from "./voices";

export const briefLimits = { default: 5, max: 50, sinceDays: 7 } as const;

/** Each part is 0..1; `total` is the stated mix of the three (see `Brief.method`). */
export const BriefScore = z
  .object({ centrality: z.number(), novelty: z.number(), diversity: z.number(), total: z.number() })
  .readonly();
export type BriefScore = z.infer<typeof BriefScore>;

export const BriefItem = InsightEntry.extend({ score: BriefScore }).readonly();
export type BriefItem = z.infer<typeof BriefItem>;

export const Brief = z
  .object({
    generatedAt: z.string(),
    /** Only insights published (or added) on or after this date are considered. */
    since: z.iso.date(),
    topics: z.array(TopicRef).readonly(),
    /** True when the topics are the ones followed in the profile rather than named in the request. */
    followed: z.boolean(),
    method: z.string(),
    items: z.array(BriefItem).readonly(),
    /** How many shows and speakers the items come from, and the voice heard most. */
    voices: VoiceDiversity,
  })
  .readonly();
export type Brief = z.infer<typeof Brief>;

/** `?topics=` (default: the followed topics), `?limit=5`, `?since=YYYY-MM-DD` (default: a week ago). */
export const BriefQuery = z.object({
  topics: z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(",")).map((part) => part.trim()).filter(Boolean),
    )
    .pipe(z.array(TopicSlug).max(50))
    .optional(),
  limit: limitParam(briefLimits.default, briefLimits.max),
  since: z.iso.date().optional(),
});
export type BriefQuery = z.infer<typeof BriefQuery>;

export const GetBrief = defineContract({ method: "GET", path: "/api/brief", query: BriefQuery, response: Brief });

/** The same brief as a file a person or a feed reader opens: Markdown, a printable page, an Atom feed. */
export const briefFilePaths = { md: "/api/brief.md", html: "/api/brief.html", atom: "/api/brief.atom" } as const;
export type BriefFileFormat = keyof typeof briefFilePaths;

const briefFile = (format: BriefFileFormat) =>
  defineContract({ method: "GET", path: briefFilePaths[format], query: BriefQuery, response: z.string() });
export const GetBriefMarkdown = briefFile("md");
export const GetBriefHtml = briefFile("html");
export const GetBriefAtom = briefFile("atom");

/** The single local user's profile: the topics they follow. */
export const Profile = z.object({ follows: z.array(TopicSummary).readonly() }).readonly();
export type Profile = z.infer<typeof Profile>;

export const GetProfile = defineContract({ method: "GET", path: "/api/profile", response: Profile });

const followParams = z.object({ slug: TopicSlug });

export const FollowTopic = defineContract({ method: "PUT", path: "/api/profile/follows/:slug", params: followParams, response: Profile });

export const UnfollowTopic = defineContract({
  method: "DELETE",
  path: "/api/profile/follows/:slug",
  params: followParams,
  response: Profile,
});
