import type { TopicSlug } from "@shared/ids";
import type { TopicSummary } from "@shared/schemas/entities";
import type { ManagedTransaction } from "../db";

/** There is one local user and no login: their profile is this node. */
export const LOCAL_PROFILE = "local";

export async function findFollowedTopics(tx: ManagedTransaction, profile: string): Promise<TopicSummary[]> {
  const result = await tx.run(
    `MATCH (:Profile {id: $profile})-[:FOLLOWS]->(t:Topic)
     RETURN t.slug AS slug, t.name AS name, coalesce(t.insightCount, 0) AS insightCount
     ORDER BY toLower(t.name), t.slug`,
    { profile },
  );
  return result.records.map((record) => record.toObject() as TopicSummary);
}

/** Follows a topic (idempotent); false when there is no such topic. */
export async function followTopic(tx: ManagedTransaction, profile: string, slug: TopicSlug): Promise<boolean> {
  const result = await tx.run(
    `OPTIONAL MATCH (t:Topic {slug: $slug})
     CALL (t) {
       WITH t WHERE t IS NOT NULL
       MERGE (p:Profile {id: $profile})
       MERGE (p)-[f:FOLLOWS]->(t)
         ON CREATE SET f.since = datetime()
     }
     RETURN t IS NOT NULL AS found`,
    { profile, slug },
  );
  return result.records[0]?.get("found") === true;
}

export async function unfollowTopic(tx: ManagedTransaction, profile: string, slug: TopicSlug): Promise<void> {
  await tx.run(
    `MATCH (:Profile {id: $profile})-[f:FOLLOWS]->(:Topic {slug: $slug})
     DELETE f`,
    { profile, slug },
  );
}
