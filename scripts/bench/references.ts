import type { NewInsight } from "@shared/api/insights";
import type { Driver } from "neo4j-driver";

/**
 * Two yardsticks for the ingest figure, written to labels of their own (`RawInsight`,
 * `NaiveInsight`, …) so they never touch the product's graph, and removed afterwards.
 */

export interface ReferenceRow {
  readonly id: string;
  readonly text: string;
  readonly topics: readonly string[];
  /** The source's address (the synthetic corpus gives every insight one), null without. */
  readonly source: string | null;
}

export const toReferenceRows = (insights: readonly NewInsight[], idOf: (text: string) => string): ReferenceRow[] =>
  insights.map((insight) => ({ id: idOf(insight.text), text: insight.text, topics: insight.topics ?? [], source: insight.source?.url ?? null }));

/**
 * The physical limit: UNWINDs that CREATE the same nodes and relationships as the product's write
 * (sources, insights, their FROM and ABOUT links) with no MERGE and no checks. A batch's sources
 * are its own (ten insights per source, batches of a multiple of ten), so none is created twice.
 */
export async function rawCreate(driver: Driver, database: string, rows: readonly ReferenceRow[]): Promise<void> {
  const sources = [...new Set(rows.flatMap((row) => (row.source ? [row.source] : [])))];
  await driver.executeQuery(
    `CALL () { UNWIND $sources AS url CREATE (:RawSource {url: url}) }
     UNWIND $rows AS row
     CREATE (i:RawInsight {id: row.id, text: row.text})
     WITH i, row
     CALL (i, row) { MATCH (s:RawSource {url: row.source}) CREATE (i)-[:FROM]->(s) }
     UNWIND row.topics AS name
     MATCH (t:RawTopic {name: name})
     CREATE (i)-[:ABOUT]->(t)`,
    { rows, sources },
    { database },
  );
}

/**
 * The raw labels get the indexes the product's writes maintain (a lookup for each label, the
 * full-text index on an insight's text), but none of its uniqueness constraints: no checks.
 */
export async function prepareRawTopics(driver: Driver, database: string, names: readonly string[]): Promise<void> {
  await driver.executeQuery("CREATE INDEX raw_topic_name IF NOT EXISTS FOR (t:RawTopic) ON (t.name)", {}, { database });
  await driver.executeQuery("CREATE INDEX raw_source_url IF NOT EXISTS FOR (s:RawSource) ON (s.url)", {}, { database });
  await driver.executeQuery("CREATE INDEX raw_insight_id IF NOT EXISTS FOR (i:RawInsight) ON (i.id)", {}, { database });
  await driver.executeQuery("CREATE FULLTEXT INDEX raw_insight_text IF NOT EXISTS FOR (i:RawInsight) ON EACH [i.text]", {}, { database });
  await driver.executeQuery("UNWIND $names AS name CREATE (:RawTopic {name: name})", { names }, { database });
  await driver.executeQuery("CALL db.awaitIndexes(120)", {}, { database });
}

/** What a first attempt looks like: one auto-commit MERGE per insight, per source link and per topic link. */
export async function naiveMergeLoop(driver: Driver, database: string, rows: readonly ReferenceRow[]): Promise<void> {
  for (const row of rows) {
    await driver.executeQuery("MERGE (i:NaiveInsight {id: $id}) SET i.text = $text", { id: row.id, text: row.text }, { database });
    if (row.source) {
      await driver.executeQuery(
        "MERGE (s:NaiveSource {url: $url}) WITH s MATCH (i:NaiveInsight {id: $id}) MERGE (i)-[:FROM]->(s)",
        { id: row.id, url: row.source },
        { database },
      );
    }
    for (const name of row.topics) {
      await driver.executeQuery(
        "MERGE (t:NaiveTopic {name: $name}) WITH t MATCH (i:NaiveInsight {id: $id}) MERGE (i)-[:ABOUT]->(t)",
        { id: row.id, name },
        { database },
      );
    }
  }
}

export async function prepareNaive(driver: Driver, database: string): Promise<void> {
  // Given the same indexes as the product, so the loop is slow for its round trips, not for scans.
  await driver.executeQuery("CREATE CONSTRAINT naive_insight_id IF NOT EXISTS FOR (i:NaiveInsight) REQUIRE i.id IS UNIQUE", {}, { database });
  await driver.executeQuery("CREATE CONSTRAINT naive_topic_name IF NOT EXISTS FOR (t:NaiveTopic) REQUIRE t.name IS UNIQUE", {}, { database });
  await driver.executeQuery("CREATE CONSTRAINT naive_source_url IF NOT EXISTS FOR (s:NaiveSource) REQUIRE s.url IS UNIQUE", {}, { database });
  await driver.executeQuery("CREATE FULLTEXT INDEX naive_insight_text IF NOT EXISTS FOR (i:NaiveInsight) ON EACH [i.text]", {}, { database });
}

export async function dropReferences(driver: Driver, database: string): Promise<void> {
  // NOTE: CALL … IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH (n) WHERE n:RawInsight OR n:RawTopic OR n:RawSource OR n:NaiveInsight OR n:NaiveTopic OR n:NaiveSource
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
}
