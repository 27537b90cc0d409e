import { Search, searchLimits } from "@shared/api/search";
import { Router } from "express";
import type { Database } from "../db";
import { route } from "../middleware/route";
import { queryWords, searchQuery } from "../repositories/lucene";
import { searchInsights, searchTopics } from "../repositories/search";
import { highlight } from "../search/highlight";

/** Enough words for any real query; more would only make Lucene slower. */
const MAX_WORDS = 12;

export function searchRouter(db: Database): Router {
  const router = Router();
  route(router, Search, async ({ query }) => {
    const words = queryWords(query.q, MAX_WORDS);
    const lucene = searchQuery(words);
    if (!lucene) return { insights: [], topics: [] };
    const [insights, topics] = await db.read("search", async (tx) => [
      await searchInsights(tx, lucene, { limit: query.limit, offset: query.offset }),
      query.offset === 0 ? await searchTopics(tx, lucene, searchLimits.topics) : [],
    ] as const);
    return {
      insights: insights.map((hit) => ({ ...hit, highlights: highlight(hit.text, words) })),
      topics: topics.map((hit) => ({ ...hit, highlights: highlight(hit.name, words) })),
    };
  });
  return router;
}
