import type { Driver } from "neo4j-driver";
import { isSchemaRuleMadeMeanwhile } from "./errors";

/** Constraints and indexes of the graph model; every statement is idempotent. */
const statements = [
  "CREATE CONSTRAINT insight_id IF NOT EXISTS FOR (n:Insight) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT topic_slug IF NOT EXISTS FOR (n:Topic) REQUIRE n.slug IS UNIQUE",
  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT speaker_id IF NOT EXISTS FOR (n:Speaker) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX speaker_scope IF NOT EXISTS FOR (n:Speaker) ON (n.scope)",
  // Document frequencies of the words related-insight scoring compares (server/related/).
  "CREATE CONSTRAINT term_lemma IF NOT EXISTS FOR (n:Term) REQUIRE n.lemma IS UNIQUE",
  // The topic list and map are ordered by size.
  // Saved reading lists and views, the local profile and the daily briefs are looked up by these keys.
  "CREATE CONSTRAINT reading_list_id IF NOT EXISTS FOR (n:ReadingList) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (n:SavedView) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT profile_id IF NOT EXISTS FOR (n:Profile) REQUIRE n.id IS UNIQUE",
  // One node whose token changes with the topic map: the read cache's key (server/cache/).
  "CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE",
  // Followed feeds, the episodes each has shown (read once, ever) and the briefs sent.
  "CREATE CONSTRAINT feed_id IF NOT EXISTS FOR (n:Feed) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT feed_episode_id IF NOT EXISTS FOR (n:FeedEpisode) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT brief_id IF NOT EXISTS FOR (n:Brief) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX brief_day IF NOT EXISTS FOR (n:Brief) ON (n.day)",
  "CREATE INDEX topic_insight_count IF NOT EXISTS FOR (n:Topic) ON (n.insightCount)",
  // Theme pages and the themed insight graph read a community's topics.
  "CREATE INDEX topic_community IF NOT EXISTS FOR (n:Topic) ON (n.community)",
  // The enrichment queue (server/enrichment/): insights waiting at a stage, and one lock node per stage.
  "CREATE INDEX insight_enrich_stage IF NOT EXISTS FOR (n:Insight) ON (n.enrichStage)",
  "CREATE CONSTRAINT enrichment_lock_stage IF NOT EXISTS FOR (n:EnrichmentLock) REQUIRE n.stage IS UNIQUE",
  "CREATE FULLTEXT INDEX insight_text IF NOT EXISTS FOR (n:Insight) ON EACH [n.text]",
  "CREATE FULLTEXT INDEX topic_names IF NOT EXISTS FOR (n:Topic) ON EACH [n.name, n.aliases]",
];

/**
 * Applies the schema, one statement per auto-commit query: schema changes may not share a
 * transaction with writes, and `db.awaitIndexes` makes fresh indexes usable before we return.
 * App servers starting at once on a fresh database each apply it; a rule another made meanwhile is there.
 */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of statements) {
    await driver.executeQuery(statement, {}, { database }).catch((error: unknown) => {
      if (!isSchemaRuleMadeMeanwhile(error)) throw error;
    });
  }
  await driver.executeQuery("CALL db.awaitIndexes(120)", {}, { database });
}
