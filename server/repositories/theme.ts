import type { InsightId, SourceId, TopicSlug } from "@shared/ids";
import type { SourceKind } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";
import type { CandidateInsight, InsightLink, ThemeInsightRow, ThemeTopic, TopicLink, WeightedTopic } from "./themeRows";

export interface ThemeFilter {
  readonly topics: readonly TopicSlug[];
  /** Ids matching the text query, or null for no text filter. */
  readonly matching: readonly InsightId[] | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly sources: readonly SourceId[] | null;
  readonly kinds: readonly SourceKind[] | null;
  /** How many candidates to read, strongest fit first. */
  readonly candidates: number;
}

/** The insight, its first source and its publication day; expects `i` and `s` in scope. */
const insightRow = `{
  id: i.id, text: i.text, quote: i.quote, startSec: i.startSec, endSec: i.endSec,
  topics: [(i)-[b:ABOUT]->(u:Topic) | {slug: u.slug, name: u.name, weight: b.weight}],
  source: CASE WHEN s IS NULL THEN null ELSE {
    id: s.id, title: s.title, url: s.url, show: s.show, kind: s.kind, publishedAt: toString(s.publishedAt)
  } END,
  speakers: [(i)-[:SAID_BY]->(p:Speaker) | {id: p.id, name: p.name, named: p.named}],
  day: left(coalesce(toString(s.publishedAt), toString(date(i.createdAt))), 10)
}`;

const firstSource = `OPTIONAL CALL (i) {
  MATCH (i)-[:FROM]->(s:Source)
  RETURN s ORDER BY s.ingestedAt, s.id LIMIT 1
}`;

/**
 * The theme's candidate insights: about at least one of its topics and within the filters,
 * best topical fit first, then the most linked.
 */
export async function findThemeInsights(tx: ManagedTransaction, filter: ThemeFilter): Promise<CandidateInsight[]> {
  const result = await tx.run(
    `UNWIND $topics AS slug
     MATCH (:Topic {slug: slug})<-[a:ABOUT]-(i:Insight)
     WITH i, sum(a.weight) / size($topics) AS fit
     WHERE $matching IS NULL OR i.id IN $matching
     ${firstSource}
     WITH i, s, fit, left(coalesce(toString(s.publishedAt), toString(date(i.createdAt))), 10) AS day
     WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
       AND ($sources IS NULL OR s.id IN $sources)
       AND ($kinds IS NULL OR s.kind IN $kinds)
     WITH i, s, fit, COUNT { (i)-[:RELATED_TO]-() } AS links
     ORDER BY fit DESC, links DESC, i.id
     LIMIT $candidates
     RETURN ${insightRow} AS insight, fit`,
    { ...filter, candidates: int(filter.candidates) },
  );
  return result.records.map((record) => ({ ...toRow(record.get("insight")), fit: Math.min(1, record.get("fit")) }));
}

/** Insights by id, in no particular order (saved lists keep their own order). */
export async function findInsightRows(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<ThemeInsightRow[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     ${firstSource}
     RETURN ${insightRow} AS insight`,
    { ids },
  );
  return result.records.map((record) => toRow(record.get("insight")));
}

/** RELATED_TO edges with both ends among the given insights. */
export async function findLinksAmong(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<InsightLink[]> {
  const result = await tx.run(
    `MATCH (a:Insight)-[r:RELATED_TO]->(b:Insight)
     WHERE a.id IN $ids AND b.id IN $ids AND a <> b
     RETURN a.id AS a, b.id AS b, r.score AS score, r.relation AS relation`,
    { ids },
  );
  return result.records.map((record) => record.toObject() as InsightLink);
}

/** Topics by slug, with their community (when computed) and the CO_OCCURS edges among them. */
export async function findTopicsAmong(
  tx: ManagedTransaction,
  slugs: readonly TopicSlug[],
): Promise<{ topics: ThemeTopic[]; links: TopicLink[] }> {
  const result = await tx.run(
    `MATCH (t:Topic) WHERE t.slug IN $slugs
     RETURN t.slug AS slug, t.name AS name, toString(t.community) AS community,
            [(t)-[c:CO_OCCURS]->(u:Topic) WHERE u.slug IN $slugs | {slug: u.slug, weight: toFloat(c.count) / (t.insightCount + u.insightCount - c.count)}] AS links
     ORDER BY slug`,
    { slugs },
  );
  const topics: ThemeTopic[] = [];
  const links: TopicLink[] = [];
  for (const record of result.records) {
    const slug = record.get("slug") as TopicSlug;
    topics.push({ slug, name: record.get("name"), community: record.get("community") ?? null });
    for (const link of record.get("links") as { slug: TopicSlug; weight: number }[]) {
      links.push({ a: slug, b: link.slug, weight: link.weight });
    }
  }
  return { topics, links };
}

/** Ids of insights whose text matches a search; the text is searched literally, not as Lucene syntax. */
export async function findInsightIdsMatching(tx: ManagedTransaction, query: string, limit: number): Promise<InsightId[]> {
  const result = await tx.run(
    `CALL db.index.fulltext.queryNodes('insight_text', $query) YIELD node
     RETURN node.id AS id LIMIT $limit`,
    { query: literalLucene(query), limit: int(limit) },
  );
  return result.records.map((record) => record.get("id"));
}

/** Escapes Lucene's operators so a search for `C++ (and more)` is words, not syntax. */
export function literalLucene(query: string): string {
  return query
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (char) => `\\${char}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (word) => word.toLowerCase());
}

function toRow(row: Omit<ThemeInsightRow, "topics"> & { topics: WeightedTopic[] }): ThemeInsightRow {
  const topics = [...row.topics].sort((a, b) => b.weight - a.weight || a.slug.localeCompare(b.slug));
  return { ...row, quote: row.quote ?? null, startSec: row.startSec ?? null, endSec: row.endSec ?? null, topics };
}
