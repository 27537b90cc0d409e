import type { InsightId, SourceId, TopicSlug } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

/** An insight that only the sources being deleted support: what goes with them. */
export interface OrphanedInsight {
  readonly id: InsightId;
  /** Its stored content words (null when never indexed): their document frequencies go down. */
  readonly terms: readonly string[] | null;
  readonly topics: readonly TopicSlug[];
  /** The topics its co-occurrences were counted for (an insight still queued has none counted yet); all when absent. */
  readonly countedTopics?: readonly TopicSlug[];
  /** Insights whose related list points at it. */
  readonly pointedAtBy: readonly InsightId[];
}

const ORPHAN_FIELDS = `i.id AS id, i.terms AS terms,
            [(i)-[:ABOUT]->(t:Topic) | t.slug] AS topics,
            [(i)-[a:ABOUT]->(t:Topic) WHERE coalesce(a.counted, i.enrichStage IS NULL) | t.slug] AS countedTopics,
            [(j:Insight)-[:RELATED_TO]->(i) | j.id] AS pointedAtBy`;

const toOrphan = (record: { get(key: string): unknown }): OrphanedInsight => ({
  id: record.get("id") as InsightId,
  terms: (record.get("terms") as string[] | null) ?? null,
  topics: record.get("topics") as TopicSlug[],
  countedTopics: record.get("countedTopics") as TopicSlug[],
  pointedAtBy: record.get("pointedAtBy") as InsightId[],
});

/** The named insights that exist, with what depends on them: a deletion of insights by hand. */
export async function findInsightsToDelete(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<OrphanedInsight[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     RETURN ${ORPHAN_FIELDS}`,
    { ids },
  );
  return result.records.map(toOrphan);
}

/**
 * Takes the named insights off one source (a re-ingest no longer reads them there), and returns
 * those left without any source, with what depends on them: they go as a deleted source's would.
 */
export async function unlinkFromSource(tx: ManagedTransaction, sourceId: SourceId, ids: readonly InsightId[]): Promise<OrphanedInsight[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})-[f:FROM]->(:Source {id: $sourceId})
     DELETE f
     WITH i
     // Who said it there goes with it: a speaker's claims are those said in their sources.
     CALL (i) { MATCH (i)-[said:SAID_BY {sourceId: $sourceId}]->() DELETE said }
     WITH DISTINCT i WHERE NOT EXISTS { (i)-[:FROM]->(:Source) }
     RETURN ${ORPHAN_FIELDS}`,
    { ids, sourceId },
  );
  return result.records.map(toOrphan);
}

/**
 * The insights every one of whose sources is among `sourceIds` (an insight another source also
 * supports stays), with what depends on them.
 */
export async function findOrphanedInsights(tx: ManagedTransaction, sourceIds: readonly SourceId[]): Promise<OrphanedInsight[]> {
  const result = await tx.run(
    `UNWIND $ids AS sourceId
     MATCH (:Source {id: sourceId})<-[:FROM]-(i:Insight)
     WITH DISTINCT i
     WHERE NOT EXISTS { MATCH (i)-[:FROM]->(other:Source) WHERE NOT other.id IN $ids }
     RETURN ${ORPHAN_FIELDS}`,
    { ids: sourceIds },
  );
  return result.records.map(toOrphan);
}

/**
 * Deletes insights and sources with every relationship they have (ABOUT, FROM, RELATED_TO,
 * LISTED_WITH, reading-list and brief entries), and lowers the document frequency of their words.
 * `df` must come sorted by lemma, as storeTerms writes it, so concurrent writers lock Terms in one order.
 */
export async function deleteInsightsAndSources(
  tx: ManagedTransaction,
  insightIds: readonly InsightId[],
  sourceIds: readonly SourceId[],
  df: readonly { lemma: string; by: number }[],
): Promise<void> {
  await tx.run(
    `UNWIND $df AS row
     MATCH (t:Term {lemma: row.lemma})
     SET t.df = t.df - row.by
     WITH t WHERE t.df <= 0
     DELETE t`,
    { df: df.map((row) => ({ lemma: row.lemma, by: int(row.by) })) },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     DETACH DELETE i`,
    { ids: insightIds },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (s:Source {id: id})
     DETACH DELETE s`,
    { ids: sourceIds },
  );
}

/**
 * After insights are gone: co-occurrence counts lowered by the pairs they held (a count at zero
 * drops the link), each touched topic's count from its ABOUT degree, the touched topics and their
 * neighbours marked for the community refresher, and topics left without insights deleted.
 * Returns how many topics were deleted.
 */
export async function shrinkTopics(
  tx: ManagedTransaction,
  slugs: readonly TopicSlug[],
  pairs: readonly { a: TopicSlug; b: TopicSlug; by: number }[],
): Promise<number> {
  if (slugs.length === 0) return 0;
  await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})
     OPTIONAL MATCH (t)-[:CO_OCCURS]-(u:Topic)
     WITH t, collect(u) + [t] AS marked
     UNWIND marked AS m
     WITH DISTINCT m
     SET m:CommunityStale, m.communityStaleAt = timestamp()`,
    { slugs },
  );
  await tx.run(
    `UNWIND $pairs AS pair
     MATCH (:Topic {slug: pair.a})-[r:CO_OCCURS]-(:Topic {slug: pair.b})
     SET r.count = r.count - pair.by
     WITH r WHERE r.count <= 0
     DELETE r`,
    { pairs: pairs.map((pair) => ({ ...pair, by: int(pair.by) })) },
  );
  const result = await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})
     SET t.insightCount = COUNT { (t)<-[:ABOUT]-() }
     WITH t WHERE t.insightCount = 0
     DETACH DELETE t
     RETURN count(*) AS deleted`,
    { slugs },
  );
  return result.records[0]?.get("deleted") ?? 0;
}
