import { searchLimits } from "@shared/api/search";
import type { Response } from "@shared/api/contract";
import type { Search } from "@shared/api/search";
import type { Database } from "../db";
import type { InsightEmbeddings } from "../embeddings";
import { findVectorIndexDimensions } from "../repositories/embeddings";
import { queryWords, searchQuery } from "../repositories/lucene";
import { type InsightMatch, searchInsights, searchInsightsByMeaning, searchTopics } from "../repositories/search";
import { fuseRankings } from "./fuse";
import { highlight } from "./highlight";

/** Enough words for any real query; more would only make Lucene slower. */
const MAX_WORDS = 12;
/** How far above an unrelated pair's cosine a text must be to count as found by meaning. */
const MEANING_MARGIN = 0.1;

export interface SearchRequest {
  readonly q: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Hybrid search: the full-text index finds the words, the vector index finds the meaning ("open
 * weights" finds "open-source models"), and the two rankings are fused by rank. Without
 * embeddings, or before any insight is embedded, it is the full-text search alone.
 * Shared by GET /api/search and the MCP `search` tool.
 */
export async function searchEverything(db: Database, embeddings: InsightEmbeddings | undefined, query: SearchRequest): Promise<Response<typeof Search>> {
  const words = queryWords(query.q, MAX_WORDS);
  const lucene = searchQuery(words);
  // The model runs before the transaction: a retried read must not embed again.
  const vector = embeddings ? (await embeddings.embedder.embed([query.q]))[0] : undefined;
  if (!lucene && !vector) return { insights: [], topics: [] };
  const depth = query.offset + query.limit;
  const floor = (embeddings?.embedder.unrelatedCosine ?? 0) + MEANING_MARGIN;
  const [byWords, byMeaning, topics] = await db.read("search", async (tx) => [
    lucene ? await searchInsights(tx, lucene, { limit: depth, offset: 0 }) : [],
    vector && (await findVectorIndexDimensions(tx)) === vector.length ? await searchInsightsByMeaning(tx, vector, depth) : [],
    lucene && query.offset === 0 ? await searchTopics(tx, lucene, searchLimits.topics) : [],
  ] as const);
  const insights: InsightMatch[] = byMeaning.length === 0 ? byWords : fuseRankings([byWords, byMeaning.filter((hit) => hit.score >= floor)]).map(({ fused, ...hit }) => ({ ...hit, score: fused }));
  return {
    insights: insights.slice(query.offset, depth).map((hit) => ({ ...hit, highlights: highlight(hit.text, words) })),
    topics: topics.map((hit) => ({ ...hit, highlights: highlight(hit.name, words) })),
  };
}
