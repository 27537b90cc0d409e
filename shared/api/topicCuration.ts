import { z } from "zod";
import { InsightId, TopicSlug } from "../ids";
import { limits } from "../limits";
import { TopicRef } from "../schemas/entities";
import { defineContract } from "./contract";

const TopicName = z.string().trim().min(1).max(limits.topicName).regex(/[\p{L}\p{N}]/u, "needs a letter or digit");

/** A person's decision about a topic, kept so later ingests and theme runs respect it, and undoable. */
export const TopicDecision = z
  .object({
    id: z.string(),
    kind: z.enum(["rename", "pin", "hide", "merge", "split"]),
    topic: TopicSlug,
    /** The other topic of a merge (the one kept) or a split (the one made). */
    other: TopicSlug.nullable(),
    summary: z.string(),
    at: z.string(),
    undone: z.boolean(),
  })
  .readonly();
export type TopicDecision = z.infer<typeof TopicDecision>;

const Decided = z.object({ topic: TopicRef, decision: TopicDecision });

/** Rename, pin or hide a topic (any of the three at once, each its own decision). */
export const UpdateTopic = defineContract({
  method: "PUT",
  path: "/api/topics/:slug",
  params: z.object({ slug: TopicSlug }),
  body: z
    .object({ name: TopicName.optional(), pinned: z.boolean().optional(), hidden: z.boolean().optional() })
    .strict()
    .refine((b) => b.name !== undefined || b.pinned !== undefined || b.hidden !== undefined, "give a name, pinned or hidden"),
  response: z.object({ topic: TopicRef, decisions: z.array(TopicDecision) }),
});

/** Merge this topic into another: its insights move there, its name becomes an alias. */
export const MergeTopic = defineContract({
  method: "POST",
  path: "/api/topics/:slug/merges",
  params: z.object({ slug: TopicSlug }),
  body: z.object({ into: TopicSlug }).strict(),
  response: Decided,
  status: 201,
});

/** Split chosen insights off a topic into a new topic of their own. */
export const SplitTopic = defineContract({
  method: "POST",
  path: "/api/topics/:slug/splits",
  params: z.object({ slug: TopicSlug }),
  body: z.object({ name: TopicName, insights: z.array(InsightId).min(1).max(500) }).strict(),
  response: Decided,
  status: 201,
});

/** The decisions about a topic, latest first. */
export const GetTopicDecisions = defineContract({
  method: "GET",
  path: "/api/topics/:slug/decisions",
  params: z.object({ slug: TopicSlug }),
  response: z.object({ decisions: z.array(TopicDecision) }),
});

/** Undo a decision: the topic goes back to how it was. Only a topic's latest decision can be undone. */
export const UndoTopicDecision = defineContract({
  method: "DELETE",
  path: "/api/topic-decisions/:id",
  params: z.object({ id: z.string().regex(/^[a-f0-9-]{36}$/, "not a decision id") }),
  response: z.object({ decision: TopicDecision }),
});
