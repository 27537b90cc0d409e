import { z } from "zod";
import { InsightId, SourceId } from "../ids";
import { TopicRef } from "../schemas/entities";
import { defineContract } from "./contract";
import { SourceListing } from "./sourceCatalog";
import { SourceFormat } from "./sources";
import { SpeakerRef } from "./speakers";

/** One claim as its source holds it: where it was said and by whom. */
export const SourceInsight = z
  .object({
    id: InsightId,
    text: z.string(),
    /** Where it was said in this source's recording; null for text sources. */
    startSec: z.number().nullable(),
    /** Where the quote ends: subtitle sources only. */
    endSec: z.number().nullable(),
    topics: z.array(TopicRef).readonly(),
    speaker: SpeakerRef.nullable(),
  })
  .readonly();
export type SourceInsight = z.infer<typeof SourceInsight>;

/**
 * A source's own page in the explorer: what the Sources page lists of it (its `url` only when
 * http or https), the format it was read as (null when no copy was kept), who speaks in it, and
 * its insights in the order the source gives them.
 */
export const GetSource = defineContract({
  method: "GET",
  path: "/api/sources/:id",
  params: z.object({ id: SourceId }),
  response: z.object({
    source: SourceListing,
    format: SourceFormat.nullable(),
    /** In the order they first speak. */
    speakers: z.array(SpeakerRef),
    insights: z.array(SourceInsight),
  }),
});
export type SourcePage = z.infer<typeof GetSource.response>;
