import type { TopicSlug } from "@shared/ids";
import type { EvidenceCounts } from "@shared/api/speakers";
import type { InsightSummary, TopicSummary } from "@shared/schemas/entities";
import { int, type ManagedTransaction } from "../db";
import { EVIDENCE_COUNTS } from "./evidenceCounts";
import { toSummary } from "./insights";

export async function listTopics(tx: ManagedTransaction, limit: number): Promise<TopicSummary[]> {
  const result = await tx.run(
    `MATCH (t:Topic) WHERE t.insightCount > 0
     RETURN t.slug AS slug, t.name AS name, t.insightCount AS insightCount
     ORDER BY insightCount DESC, slug
     LIMIT $limit`,
    { limit: int(limit) },
  );
  return result.records.map((record) => record.toObject() as TopicSummary);
}

export interface TopicPage {
  readonly topic: TopicSummary & { readonly community: number | null };
  readonly insights: (InsightSummary & { readonly evidence: EvidenceCounts })[];
  readonly neighbours: (TopicSummary & { weight: number })[];
}

/**
 * A topic with its insights best first (most central to the topic by ABOUT weight, then most
 * linked to related insights; with `sort: "evidence"`, said in most sources, shows and by most
 * speakers first), a page at a time, each with its evidence counts, and its strongest
 * co-occurring neighbours. The counts are taken for every insight of the topic only when sorting by them.
 */
export async function findTopicPage(
  tx: ManagedTransaction,
  slug: TopicSlug,
  page: { limit: number; offset: number; sort?: "fit" | "evidence" },
): Promise<TopicPage | null> {
  const result = await tx.run(
    `MATCH (t:Topic {slug: $slug})
     CALL (t) {
       MATCH (t)<-[a:ABOUT]-(i:Insight)
       WITH i, a.weight AS weight, COUNT { (i)-[:RELATED_TO]-() } AS links
       WITH i, weight, links,
         CASE WHEN $byEvidence THEN ${EVIDENCE_COUNTS.sources} ELSE 0 END AS sources,
         CASE WHEN $byEvidence THEN ${EVIDENCE_COUNTS.shows} ELSE 0 END AS shows,
         CASE WHEN $byEvidence THEN ${EVIDENCE_COUNTS.speakers} ELSE 0 END AS speakers
       ORDER BY sources DESC, shows DESC, speakers DESC, weight DESC, links DESC, i.id
       SKIP $offset LIMIT $limit
       RETURN collect({
         id: i.id, text: i.text,
         topics: [(i)-[b:ABOUT]->(u:Topic) | {slug: u.slug, name: u.name, weight: b.weight}],
         evidence: {sources: ${EVIDENCE_COUNTS.sources}, shows: ${EVIDENCE_COUNTS.shows}, speakers: ${EVIDENCE_COUNTS.speakers}}
       }) AS insights
     }
     CALL (t) {
       MATCH (t)-[c:CO_OCCURS]-(u:Topic)
       WITH u, toFloat(c.count) / (t.insightCount + u.insightCount - c.count) AS weight
       ORDER BY weight DESC, u.slug LIMIT 20
       RETURN collect({slug: u.slug, name: u.name, insightCount: u.insightCount, weight: weight}) AS neighbours
     }
     RETURN {slug: t.slug, name: t.name, insightCount: t.insightCount, community: t.community} AS topic,
            insights, neighbours`,
    { slug, limit: int(page.limit), offset: int(page.offset), byEvidence: page.sort === "evidence" },
  );
  const record = result.records[0];
  if (!record) return null;
  return {
    topic: record.get("topic"),
    insights: record.get("insights").map((row: Parameters<typeof toSummary>[0] & { evidence: Record<keyof EvidenceCounts, unknown> }) => ({
      ...toSummary(row),
      evidence: { sources: Number(row.evidence.sources), shows: Number(row.evidence.shows), speakers: Number(row.evidence.speakers) },
    })),
    neighbours: record.get("neighbours"),
  };
}
