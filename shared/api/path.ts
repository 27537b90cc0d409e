import { z } from "zod";
import { InsightId } from "../ids";
import { RelationKind, TopicRef } from "../schemas/entities";
import { defineContract, limitParam } from "./contract";

export const pathLimits = { default: 3, max: 10, maxHops: 3 } as const;

/** One step from insight to insight: along a stored related link, or through a topic both are about. */
export const PathHop = z
  .object({
    from: InsightId,
    to: InsightId,
    via: z.enum(["related", "topic"]),
    /** The topic both insights are about (`via: "topic"`); null for a related link. */
    topic: TopicRef.nullable(),
    /** Why this step holds, in words: the related link's reason, or the shared topic. */
    reason: z.string(),
    /** The related link's typed relation, when it has one (a related step only). */
    relation: RelationKind.optional(),
  })
  .readonly();
export type PathHop = z.infer<typeof PathHop>;

export const InsightPath = z.object({ hops: z.array(PathHop).readonly() }).readonly();
export type InsightPath = z.infer<typeof InsightPath>;

export const PathQuery = z
  .object({
    from: InsightId,
    to: InsightId,
    /** How many different paths, shortest first. */
    k: limitParam(pathLimits.default, pathLimits.max),
  })
  .refine((query) => query.from !== query.to, { message: "from and to are the same insight", path: ["to"] });

/** `GET /api/path?from&to&k`: how one insight connects to another, each step explained. */
export const GetPath = defineContract({
  method: "GET",
  path: "/api/path",
  query: PathQuery,
  response: z
    .object({
      paths: z.array(InsightPath).readonly(),
      /** The text of every insight the paths pass through, so a view needs no further request. */
      insights: z.array(z.object({ id: InsightId, text: z.string() }).readonly()).readonly(),
      /** A sentence when there is no path; null otherwise. */
      message: z.string().nullable(),
    })
    .readonly(),
});
