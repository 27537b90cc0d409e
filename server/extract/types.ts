import type { TopicSlug } from "@shared/ids";
import type { SourceKind } from "@shared/schemas/entities";

/** One speaker turn of a transcript, or one paragraph of prose, with labels and markup removed. */
export interface Turn {
  readonly text: string;
  readonly speaker?: string;
  /** Where the turn starts in the recording, when the transcript says. */
  readonly startSec?: number;
  /** Where later subtitle cues begin inside `text`, so each sentence keeps its own time. */
  readonly cues?: readonly { readonly offset: number; readonly startSec: number }[];
  /** Where each subtitle cue of the turn starts inside `text` (the first at 0) and when it ends. */
  readonly cueEnds?: readonly { readonly offset: number; readonly endSec: number }[];
}

/** A text to extract insights from: a transcript, show notes, an article or a note. */
export interface SourceDocument {
  readonly title: string;
  readonly text: string;
  readonly kind: SourceKind;
  /** The text already split into turns (subtitles, parsed transcripts); otherwise read from `text`. */
  readonly turns?: readonly Turn[];
}

export interface TopicAssignment {
  readonly slug: TopicSlug;
  readonly name: string;
  /** How central the topic is to the insight, 0..1. */
  readonly weight: number;
}

export interface ExtractedInsight {
  /** The self-contained claim, 1 to 3 sentences. */
  readonly text: string;
  /** The passage of the source that supports it. */
  readonly quote: string;
  /** Order of the claim in its source, from 0. */
  readonly position: number;
  /** 0..1, how sure the extractor is that this is a worthwhile claim. */
  readonly confidence: number;
  readonly topics: readonly TopicAssignment[];
  readonly startSec?: number;
  /** Where the claim's last sentence ends in the recording, when the source is timed to the cue. */
  readonly endSec?: number;
  /** Who said it, when the transcript names speakers: provenance, never part of the text. */
  readonly speaker?: string;
}

/** What became of a model's quotes: repaired to the source's own words, or dropped with their claim. */
export interface QuoteRepairs {
  readonly repaired: number;
  readonly dropped: number;
}

/** The insights of a source; an extractor that quotes through a model also says what it repaired. */
export type Extraction = readonly ExtractedInsight[] & { readonly quotes?: QuoteRepairs };

export interface Extractor {
  /** Name and version, stored on every insight, e.g. `heuristic@1`. */
  readonly name: string;
  extract(doc: SourceDocument): Promise<Extraction>;
}
