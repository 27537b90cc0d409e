import { z } from "zod";
import { InsightId, SourceId, TopicSlug } from "../ids";
import { RelationKind, SourceKind, TopicRef } from "../schemas/entities";
import { Crux, SpeakerRef } from "./speakers";
import { VoiceDiversity } from "./voices";

/** Versioned name of the JSON export; bump it when a field changes meaning. */
export const readingListSchemaName = "insight-graph/reading-list@1";

export const ListSource = z
  .object({
    id: SourceId,
    title: z.string(),
    url: z.string().nullable(),
    show: z.string().nullable(),
    kind: SourceKind.nullable(),
    /** ISO date (or date-time) the source was published, when known. */
    publishedAt: z.string().nullable(),
  })
  .readonly();
export type ListSource = z.infer<typeof ListSource>;

/**
 * How an item sits in its section's argument: `central` opens a line of thought, `extends` builds
 * on the item it responds to, `contrasts` pushes back on it, `adds` stands on its own, `added`
 * was put in the list by hand.
 */
export const ItemRole = z.enum(["central", "extends", "contrasts", "adds", "added"]);
export type ItemRole = z.infer<typeof ItemRole>;

/** An insight with what a reader needs to follow it up: its quote, source and a link to the moment. */
export const InsightEntry = z.object({
  id: InsightId,
  text: z.string(),
  quote: z.string().nullable(),
  /** Seconds into the episode where the quote starts. */
  startSec: z.number().nullable(),
  /** Seconds into the episode where the quote ends, for a subtitle claim (lists saved before it have none). */
  endSec: z.number().nullable().default(null),
  /** The source url pointing at `startSec` (a `#t=` media fragment), when both are known. */
  timestampUrl: z.string().nullable(),
  topics: z.array(TopicRef).readonly(),
  source: ListSource.nullable(),
  /** Who said it, when the transcript names the speaker. */
  speakers: z.array(SpeakerRef).readonly(),
  /** Near-duplicates folded into this item: the same claim said elsewhere. */
  alsoSaidIn: z.array(z.object({ id: InsightId, source: ListSource.nullable() }).readonly()).readonly(),
});

export const ReadingListItem = InsightEntry.extend({
  role: ItemRole,
  /** The earlier item this one extends or contrasts. */
  respondsTo: InsightId.nullable(),
  /** The typed relation of this item to the one it responds to, when the pair is labelled; it replaces the role's cue-word guess. */
  relation: RelationKind.optional(),
  /** 0..1: centrality in the theme and topical fit (see `method`). */
  strength: z.number(),
}).readonly();
export type ReadingListItem = z.infer<typeof ReadingListItem>;

export const ReadingListSection = z
  .object({
    title: z.string(),
    /** The sub-theme's topics, most covered first. */
    topics: z.array(TopicRef).readonly(),
    items: z.array(ReadingListItem).readonly(),
  })
  .readonly();
export type ReadingListSection = z.infer<typeof ReadingListSection>;

/** What a list was built from; kept with a saved list so it can be regenerated. */
export const Theme = z
  .object({
    topics: z.array(TopicSlug).min(1).max(10).readonly(),
    q: z.string().trim().min(1).max(200).nullable().default(null),
    from: z.iso.date().nullable().default(null),
    to: z.iso.date().nullable().default(null),
    sources: z.array(SourceId).max(100).readonly().nullable().default(null),
    kinds: z.array(SourceKind).readonly().nullable().default(null),
    limit: z.number().int().min(1).max(200).default(30),
  })
  .readonly();
export type Theme = z.infer<typeof Theme>;

/** A reading list as the JSON export and the API return it. */
export const ReadingListDocument = z
  .object({
    schema: z.literal(readingListSchemaName),
    title: z.string(),
    /** The theme's topics with their names. */
    topics: z.array(TopicRef).readonly(),
    theme: Theme,
    generatedAt: z.string(),
    /** How items were chosen and ordered, in words. */
    method: z.string(),
    sections: z.array(ReadingListSection).readonly(),
    /** How many shows and speakers the items come from, and the voice heard most. */
    voices: VoiceDiversity,
    /**
     * Up to three claims of the theme's topics on which named speakers take opposite sides, read
     * from the graph as it is now (for a saved list too); a list made before cruxes has none.
     */
    cruxes: z.array(Crux).max(3).readonly().default([]),
    /** Set for a saved list. */
    saved: z
      .object({ id: z.string(), name: z.string(), createdAt: z.string(), updatedAt: z.string() })
      .readonly()
      .nullable(),
  })
  .readonly();
export type ReadingListDocument = z.infer<typeof ReadingListDocument>;
