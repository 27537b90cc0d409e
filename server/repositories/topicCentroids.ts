import type { InsightId, TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/** A topic as discovery reads it: where its insights sit in meaning, and what a person decided about it. */
export interface TopicSpaceRow {
  readonly slug: TopicSlug;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Sum of the unit embeddings of the insights grouped into it; null for a topic no grouping made yet. */
  readonly centroidSum: readonly number[] | null;
  readonly centroidCount: number;
  /** Named in the vocabulary file or pinned by a person: its name is kept and a phrase naming it joins it. */
  readonly curated: boolean;
  /** Hidden by a person: new insights do not join it. */
  readonly hidden: boolean;
}

/**
 * Every topic discovery may group new insights into, in one read.
 *
 * NOTE: reads all centroids (384 floats each); at 10,000 topics that is ~30 MB per ingest, fine
 * for the graphs measured here, and the place for a vector index on Topic.centroidSum when it is not.
 */
export async function findTopicSpace(tx: ManagedTransaction): Promise<TopicSpaceRow[]> {
  const result = await tx.run(
    `MATCH (t:Topic)
     WHERE t.centroidSum IS NOT NULL OR t.curated = true
     RETURN t.slug AS slug, t.name AS name, coalesce(t.aliases, []) AS aliases, t.centroidSum AS centroidSum,
            coalesce(t.centroidCount, 0) AS centroidCount, coalesce(t.curated, false) AS curated, coalesce(t.hidden, false) AS hidden`,
  );
  return result.records.map((record) => ({
    slug: record.get("slug") as TopicSlug,
    name: record.get("name") as string,
    aliases: record.get("aliases") as string[],
    centroidSum: record.get("centroidSum") as number[] | null,
    centroidCount: Number(record.get("centroidCount")),
    curated: record.get("curated") as boolean,
    hidden: record.get("hidden") as boolean,
  }));
}

/** Topics whose slug is already taken, so a new topic does not fold into an unrelated one of the same name. */
export async function findTakenSlugs(tx: ManagedTransaction, slugs: readonly TopicSlug[]): Promise<Set<TopicSlug>> {
  const result = await tx.run(
    `UNWIND $slugs AS slug
     MATCH (t:Topic {slug: slug})
     RETURN collect(t.slug) AS taken`,
    { slugs },
  );
  return new Set((result.records[0]?.get("taken") ?? []) as TopicSlug[]);
}

/**
 * Topics a batch founded or joined, with their new centroid sums. A founded topic is created here
 * with its name; an existing one keeps its name (an ingest never renames a topic).
 */
export async function storeCentroids(
  tx: ManagedTransaction,
  rows: readonly { slug: TopicSlug; name: string; centroidSum: readonly number[]; centroidCount: number }[],
): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (t:Topic {slug: row.slug})
       ON CREATE SET t.name = row.name, t.aliases = [], t.insightCount = 0
     SET t.centroidSum = row.centroidSum, t.centroidCount = row.centroidCount`,
    { rows },
  );
}

/** The insights among `ids` with no topic yet (none given at ingest), each with its text and first source. */
export async function findInsightsToTopic(
  tx: ManagedTransaction,
  ids: readonly InsightId[],
): Promise<{ id: InsightId; text: string; sourceId: string | null }[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     WHERE NOT EXISTS { (i)-[:ABOUT]->(:Topic) }
     RETURN i.id AS id, i.text AS text, COLLECT { MATCH (i)-[:FROM]->(s:Source) RETURN s.id ORDER BY s.id LIMIT 1 }[0] AS sourceId`,
    { ids },
  );
  return result.records.map((record) => ({ id: record.get("id") as InsightId, text: record.get("text") as string, sourceId: record.get("sourceId") as string | null }));
}
