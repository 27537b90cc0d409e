import type { InsightId, TopicSlug } from "@shared/ids";
import type { ListSource } from "@shared/api/readingListDocument";
import type { SpeakerRef } from "@shared/api/speakers";
import type { RelationKind } from "@shared/schemas/entities";

/** A topic of an insight with how central it is to the insight (the ABOUT weight). */
export interface WeightedTopic {
  readonly slug: TopicSlug;
  readonly name: string;
  readonly weight: number;
}

/** An insight as the theme read returns it, before it is scored and placed. */
export interface ThemeInsightRow {
  readonly id: InsightId;
  readonly text: string;
  readonly quote: string | null;
  readonly startSec: number | null;
  readonly endSec: number | null;
  /** Heaviest topic first. */
  readonly topics: readonly WeightedTopic[];
  readonly source: ListSource | null;
  /** Who said it (SAID_BY), when a transcript names them. */
  readonly speakers: readonly SpeakerRef[];
  /** Publication date of its source, else the day it was added (YYYY-MM-DD). */
  readonly day: string | null;
}

export interface CandidateInsight extends ThemeInsightRow {
  /** 0..1: the mean ABOUT weight over the theme's topics (1 = fully about every one of them). */
  readonly fit: number;
}

/** A RELATED_TO edge between two candidates. */
export interface InsightLink {
  readonly a: InsightId;
  readonly b: InsightId;
  readonly score: number;
  /** The pair's typed relation, when labelled. */
  readonly relation?: RelationKind | null;
}

export interface ThemeTopic {
  readonly slug: TopicSlug;
  readonly name: string;
  /** `Topic.community` when topic communities have been computed, else null. */
  readonly community: string | null;
}

/** A CO_OCCURS edge between two topics (Jaccard weight). */
export interface TopicLink {
  readonly a: TopicSlug;
  readonly b: TopicSlug;
  readonly weight: number;
}

/** Everything the list builder needs, read in one transaction. */
export interface ThemeCandidates {
  readonly themeTopics: readonly ThemeTopic[];
  readonly insights: readonly CandidateInsight[];
  readonly links: readonly InsightLink[];
  /** Every topic the candidates are about, with the co-occurrence among them. */
  readonly topics: readonly ThemeTopic[];
  readonly topicLinks: readonly TopicLink[];
}
