import type { TopicSlug } from "@shared/ids";
import type { SourceKind } from "@shared/schemas/entities";

/** A text to extract insights from: a transcript, show notes, an article or a note. */
export interface SourceDocument {
  readonly title: string;
  readonly text: string;
  readonly kind: SourceKind;
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
}

export interface Extractor {
  /** Name and version, stored on every insight, e.g. `heuristic@1`. */
  readonly name: string;
  extract(doc: SourceDocument): Promise<readonly ExtractedInsight[]>;
}
