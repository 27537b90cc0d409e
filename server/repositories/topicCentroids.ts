import type { InsightId, TopicSlug } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

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

/** The vector index over `Topic.centroidSum` (cosine, so a sum serves as well as a mean). */
export const TOPIC_CENTROID_INDEX = "topic_centroid";

const spaceProjection = `t.slug AS slug, t.name AS name, coalesce(t.aliases, []) AS aliases, t.centroidSum AS centroidSum,
            coalesce(t.centroidCount, 0) AS centroidCount, coalesce(t.curated, false) AS curated, coalesce(t.hidden, false) AS hidden`;

function toSpaceRow(record: { get(key: string): unknown }): TopicSpaceRow {
  return {
    slug: record.get("slug") as TopicSlug,
    name: record.get("name") as string,
    aliases: record.get("aliases") as string[],
    centroidSum: record.get("centroidSum") as number[] | null,
    centroidCount: Number(record.get("centroidCount")),
    curated: record.get("curated") as boolean,
    hidden: record.get("hidden") as boolean,
  };
}

/**
 * Every topic discovery may group new insights into, in one read: all centroids (384 floats
 * each), which is what a graph of a few thousand topics can afford (see findNearTopicSpace).
 */
export async function findTopicSpace(tx: ManagedTransaction): Promise<TopicSpaceRow[]> {
  const result = await tx.run(
    `MATCH (t:Topic)
     WHERE t.centroidSum IS NOT NULL OR t.curated = true
     RETURN ${spaceProjection}`,
  );
  return result.records.map(toSpaceRow);
}

/**
 * The topics near any of the given vectors (the `nearest` per vector, from the centroid index),
 * plus every curated topic: the part of the space a batch can join, read without reading it all.
 */
export async function findNearTopicSpace(tx: ManagedTransaction, vectors: readonly (readonly number[])[], nearest: number): Promise<TopicSpaceRow[]> {
  const result = await tx.run(
    `CALL () {
       UNWIND $vectors AS vector
       CALL db.index.vector.queryNodes($index, $nearest, vector) YIELD node
       RETURN node AS t
       UNION
       MATCH (t:Topic {curated: true})
       RETURN t
     }
     RETURN ${spaceProjection}`,
    { vectors, nearest: int(nearest), index: TOPIC_CENTROID_INDEX },
  );
  return result.records.map(toSpaceRow);
}

/** How many topics there are (from the count store), and whether their centroid index is online. */
export async function countTopics(tx: ManagedTransaction): Promise<{ topics: number; indexed: boolean }> {
  const counted = await tx.run("MATCH (t:Topic) RETURN count(t) AS topics");
  // SHOW cannot sit in a subquery: a query of its own.
  const index = await tx.run("SHOW VECTOR INDEXES YIELD name, state WHERE name = $index AND state = 'ONLINE' RETURN count(*) AS online", { index: TOPIC_CENTROID_INDEX });
  return { topics: Number(counted.records[0]?.get("topics") ?? 0), indexed: Number(index.records[0]?.get("online") ?? 0) > 0 };
}

/** Creates the centroid index for this width (a schema change: a transaction of its own). */
export async function createTopicCentroidIndex(tx: ManagedTransaction, dimensions: number): Promise<void> {
  await tx.run(
    `CREATE VECTOR INDEX ${TOPIC_CENTROID_INDEX} IF NOT EXISTS
     FOR (t:Topic) ON t.centroidSum
     OPTIONS {indexConfig: {\`vector.dimensions\`: $dimensions, \`vector.similarity_function\`: 'cosine'}}`,
    { dimensions: int(dimensions) },
  );
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
