import { z } from "zod";

/**
 * Who a reading list or brief lets speak: how many shows and named speakers its items come from,
 * and the voice heard most. A voice is the item's named speaker, else its show, else its source,
 * so a list of one show's monologues still shows its one voice.
 */
export const VoiceDiversity = z
  .object({
    items: z.number().int().nonnegative(),
    shows: z.number().int().nonnegative(),
    speakers: z.number().int().nonnegative(),
    /** The voice with most items; null for an empty list. */
    topVoice: z
      .object({
        name: z.string(),
        kind: z.enum(["speaker", "show", "source"]),
        items: z.number().int().positive(),
        /** items / all items, 0..1. */
        share: z.number().min(0).max(1),
      })
      .readonly()
      .nullable(),
    /** A warning in words when one voice holds over half of the items; null otherwise. */
    note: z.string().nullable(),
  })
  .readonly();
export type VoiceDiversity = z.infer<typeof VoiceDiversity>;
