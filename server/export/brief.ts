import type { Brief } from "@shared/api/brief";
import { readingListSchemaName, type ReadingListDocument } from "@shared/api/readingListDocument";
import type { TopicSlug } from "@shared/ids";
import { themeName } from "../readingLists/build";

/** The brief's title: "Brief: Sovereign AI and Open source since 2026-11-18". */
export const briefTitle = (brief: Brief) =>
  brief.topics.length > 0 ? `Brief: ${themeName(brief.topics)} since ${brief.since}` : "Brief: follow a topic to get one";

/** A brief as a one-section reading list, so the Markdown and HTML formatters print it as well. */
export function briefAsDocument(brief: Brief): ReadingListDocument {
  return {
    schema: readingListSchemaName,
    title: briefTitle(brief),
    topics: brief.topics,
    theme: { topics: brief.topics.map((topic) => topic.slug as TopicSlug), q: null, from: brief.since, to: null, sources: null, kinds: null, limit: brief.items.length || 1 },
    generatedAt: brief.generatedAt,
    method: brief.method,
    sections:
      brief.items.length > 0
        ? [{ title: "Top insights", topics: [], items: brief.items.map(({ score, ...entry }) => ({ ...entry, role: "adds", respondsTo: null, strength: score.total })) }]
        : [],
    voices: brief.voices,
    // A brief is the newest strong claims across followed topics; their disagreements are on each topic's page.
    cruxes: [],
    saved: null,
  };
}
