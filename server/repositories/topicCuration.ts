import type { InsightId, TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { touchGraphVersion } from "./graphVersion";

/** What curation reads of a topic, and restores on undo. */
export interface TopicState {
  readonly slug: TopicSlug;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly curated: boolean;
  readonly pinned: boolean;
  readonly hidden: boolean;
  readonly centroidSum: readonly number[] | null;
  readonly centroidCount: number;
  readonly neverMerge: readonly TopicSlug[];
}

/** Fields curation may set on a topic; null removes a centroid. */
export type TopicFields = Partial<Omit<TopicState, "slug" | "neverMerge">> & { mergedInto?: TopicSlug | null };

/** An insight's link to a topic before a merge or split moved it. */
export interface MovedAbout {
  readonly insightId: InsightId;
  readonly weight: number;
  /** The insight was about the other topic already, so undo must not unlink it there. */
  readonly hadTarget: boolean;
}

export async function findTopicState(tx: ManagedTransaction, slug: TopicSlug): Promise<TopicState | null> {
  const result = await tx.run(
    `MATCH (t:Topic {slug: $slug})
     RETURN t {.slug, .name, aliases: coalesce(t.aliases, []), curated: coalesce(t.curated, false), pinned: coalesce(t.pinned, false),
               hidden: coalesce(t.hidden, false), .centroidSum, centroidCount: coalesce(t.centroidCount, 0),
               neverMerge: coalesce(t.neverMerge, [])} AS topic`,
    { slug },
  );
  const topic = result.records[0]?.get("topic");
  return topic ? { ...topic, centroidCount: Number(topic.centroidCount) } : null;
}

export async function setTopicFields(tx: ManagedTransaction, slug: TopicSlug, fields: TopicFields): Promise<void> {
  await tx.run(`MATCH (t:Topic {slug: $slug}) SET t += $fields`, { slug, fields });
}

/** A topic a split makes, curated from the start. */
export async function createCuratedTopic(tx: ManagedTransaction, slug: TopicSlug, name: string): Promise<void> {
  await tx.run(`CREATE (:Topic {slug: $slug, name: $name, aliases: [], curated: true, insightCount: 0})`, { slug, name });
}

export async function deleteTopic(tx: ManagedTransaction, slug: TopicSlug): Promise<void> {
  await tx.run(`MATCH (t:Topic {slug: $slug}) DETACH DELETE t`, { slug });
}

/** Moves ABOUT links (all of a topic's, or the given insights') to another topic, keeping weights. */
export async function moveAbout(tx: ManagedTransaction, from: TopicSlug, to: TopicSlug, ids: readonly InsightId[] | null): Promise<MovedAbout[]> {
  const result = await tx.run(
    `MATCH (i:Insight)-[a:ABOUT]->(:Topic {slug: $from}) WHERE $ids IS NULL OR i.id IN $ids
     MATCH (t:Topic {slug: $to})
     OPTIONAL MATCH (i)-[b:ABOUT]->(t)
     WITH i, a, t, b, a.weight AS weight
     FOREACH (_ IN CASE WHEN b IS NULL THEN [1] ELSE [] END | CREATE (i)-[:ABOUT {weight: weight}]->(t))
     DELETE a
     RETURN i.id AS insightId, weight, b IS NOT NULL AS hadTarget`,
    { from, to, ids },
  );
  return result.records.map((r) => ({ insightId: r.get("insightId"), weight: r.get("weight"), hadTarget: r.get("hadTarget") }));
}

/** Puts moved links back on their first topic, unlinking the other unless the insight had it before. */
export async function restoreAbout(tx: ManagedTransaction, to: TopicSlug, from: TopicSlug, rows: readonly MovedAbout[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MATCH (i:Insight {id: row.insightId}), (s:Topic {slug: $to})
     MERGE (i)-[a:ABOUT]->(s) SET a.weight = row.weight
     WITH i, row WHERE NOT row.hadTarget
     MATCH (i)-[b:ABOUT]->(:Topic {slug: $from})
     DELETE b`,
    { rows, to, from },
  );
}

/**
 * Insight counts and CO_OCCURS of the given topics counted afresh (curation moves links in ways
 * the ingest's increments do not cover), and their themes marked for the next run.
 */
export async function recountTopics(tx: ManagedTransaction, slugs: readonly TopicSlug[]): Promise<void> {
  await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})
     SET t.insightCount = COUNT { (t)<-[:ABOUT]-() }, t:CommunityStale, t.communityStaleAt = timestamp()
     WITH t
     MATCH (t)-[c:CO_OCCURS]-()
     DELETE c`,
    { slugs },
  );
  await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})<-[:ABOUT]-(:Insight)-[:ABOUT]->(u:Topic)
     WITH t, u, count(*) AS n
     WITH CASE WHEN t.slug < u.slug THEN t ELSE u END AS a, CASE WHEN t.slug < u.slug THEN u ELSE t END AS b, n
     MERGE (a)-[r:CO_OCCURS]->(b)
     SET r.count = n, a:CommunityStale, b:CommunityStale, a.communityStaleAt = timestamp(), b.communityStaleAt = timestamp()`,
    { slugs },
  );
  await touchGraphVersion(tx);
}

/** Which of the given insights are about the topic. */
export async function findInsightsAbout(tx: ManagedTransaction, slug: TopicSlug, ids: readonly InsightId[]): Promise<Set<InsightId>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Insight {id: id})-[:ABOUT]->(:Topic {slug: $slug})
     RETURN collect(id) AS ids`,
    { ids, slug },
  );
  return new Set((result.records[0]?.get("ids") ?? []) as InsightId[]);
}
