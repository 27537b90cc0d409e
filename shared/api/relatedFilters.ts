import { z } from "zod";

/** `?otherShows=1` in a URL, `true` from an MCP client: the same switch either way. */
export const flagParam = z
  .union([z.boolean(), z.enum(["0", "1", "true", "false"])])
  .transform((value) => value === true || value === "1" || value === "true");

/**
 * What a reader narrows a related list to. Each is off when absent; "not yet seen" is not here:
 * the explorer knows the trail, the server does not.
 */
export const RelatedFilterQuery = z.object({
  /** Only links at least this strong, 0..1. */
  minScore: z.coerce.number().min(0).max(1).optional(),
  /** Only insights from other shows than this insight's. */
  otherShows: flagParam.optional(),
  /** Only insights said by other speakers than this insight's. */
  otherSpeakers: flagParam.optional(),
  /** Not from this insight's own source. */
  excludeSource: flagParam.optional(),
});
export type RelatedFilterQuery = z.infer<typeof RelatedFilterQuery>;

/** How many related insights each filter hid, and a sentence when they hid all of them. */
export const RelatedFiltered = z
  .object({
    /** Related insights read before filtering. */
    read: z.number().int().nonnegative(),
    hidden: z.object({
      minScore: z.number().int().nonnegative(),
      otherShows: z.number().int().nonnegative(),
      otherSpeakers: z.number().int().nonnegative(),
      excludeSource: z.number().int().nonnegative(),
    }),
    message: z.string().nullable(),
  })
  .readonly();
export type RelatedFiltered = z.infer<typeof RelatedFiltered>;
