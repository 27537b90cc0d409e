import { z } from "zod";

/** Stable hash of an insight's normalised text. */
export const InsightId = z.string().regex(/^[a-f0-9]{16,64}$/, "not an insight id").brand<"InsightId">();
export type InsightId = z.infer<typeof InsightId>;

/** Stable hash of a source's url, else of its content. */
export const SourceId = z.string().regex(/^[a-f0-9]{16,64}$/, "not a source id").brand<"SourceId">();
export type SourceId = z.infer<typeof SourceId>;

/** Lower-case, hyphenated topic key, e.g. `sovereign-ai`. */
export const TopicSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "not a topic slug")
  .max(80)
  .brand<"TopicSlug">();
export type TopicSlug = z.infer<typeof TopicSlug>;
