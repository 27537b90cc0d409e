import type { ReadingListDocument, Theme } from "@shared/api/readingListDocument";
import type { ThemeBody, ThemeQuery } from "@shared/api/readingLists";
import { readingListLimits } from "@shared/api/readingLists";
import type { Database } from "../db";
import type { ThemeLinks } from "../export";
import { readThemeCruxes } from "../speakers/topicCruxes";
import { buildReadingList } from "./build";
import { readThemeCandidates } from "./load";

export interface GeneratedList {
  readonly document: ReadingListDocument;
  readonly links: ThemeLinks;
}

/** A theme from the query string or a JSON body, with every optional filter made explicit. */
export function toTheme(input: ThemeQuery | ThemeBody): Theme {
  return {
    topics: input.topics,
    q: input.q ?? null,
    from: input.from ?? null,
    to: input.to ?? null,
    sources: input.sources?.length ? input.sources : null,
    kinds: input.kinds?.length ? input.kinds : null,
    limit: input.limit ?? readingListLimits.default,
  };
}

/** A theme narrowed by a search, dates, sources or kinds, not only by its topics. */
const isNarrowed = (theme: Theme) => theme.q !== null || theme.from !== null || theme.to !== null || theme.sources !== null || theme.kinds !== null;

/** Reads the theme and its cruxes in one transaction and builds its reading list outside it. */
export async function generateReadingList(db: Database, theme: Theme, now: Date): Promise<GeneratedList> {
  const { candidates, cruxes } = await db.read("readingListTheme", async (tx) => {
    const candidates = await readThemeCandidates(tx, theme);
    const within = isNarrowed(theme) ? new Set(candidates.insights.map((insight) => insight.id)) : undefined;
    return { candidates, cruxes: await readThemeCruxes(tx, theme.topics, within) };
  });
  return {
    document: buildReadingList(candidates, cruxes, theme, now),
    links: { related: candidates.links, coOccurs: candidates.topicLinks },
  };
}
