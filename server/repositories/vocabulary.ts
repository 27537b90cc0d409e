import type { TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";

export interface VocabularyRow {
  readonly slug: TopicSlug;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly pinned: boolean;
  readonly neverMerge: readonly TopicSlug[];
}

/**
 * Stores the vocabulary file's topics as curated topics: the file's name wins over a discovered
 * one (the file is the user's own decision), aliases are replaced. Topics dropped from the file
 * stay, uncurated, with their insights.
 */
export async function storeVocabulary(tx: ManagedTransaction, rows: readonly VocabularyRow[]): Promise<void> {
  await tx.run(
    `MATCH (t:Topic {fromVocabulary: true})
     WHERE NOT t.slug IN $slugs
     SET t.curated = coalesce(t.pinned, false), t.fromVocabulary = false, t.neverMerge = []`,
    { slugs: rows.map((row) => row.slug) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MERGE (t:Topic {slug: row.slug})
       ON CREATE SET t.insightCount = 0
     SET t.name = row.name, t.aliases = row.aliases, t.curated = true, t.fromVocabulary = true,
         t.pinned = row.pinned, t.neverMerge = row.neverMerge`,
    { rows },
  );
}

/**
 * An example vocabulary (the sample corpus's): its topics become curated unless a person or the
 * user's own file curated them already, whose names and aliases stay.
 */
export async function addExampleVocabulary(tx: ManagedTransaction, rows: readonly VocabularyRow[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (t:Topic {slug: row.slug})
       ON CREATE SET t.insightCount = 0
     WITH t, row WHERE NOT coalesce(t.curated, false)
     SET t.name = row.name, t.aliases = row.aliases, t.curated = true, t.pinned = row.pinned, t.neverMerge = row.neverMerge`,
    { rows },
  );
}

/** A live topic a person named: the vocabulary file's, a renamed or pinned one, one a merge gave other names. */
export interface AliasedTopic {
  readonly slug: TopicSlug;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Every live curated or aliased topic, in one read (few: the user's vocabulary and curation's). */
export async function findAliasedTopics(tx: ManagedTransaction): Promise<AliasedTopic[]> {
  const result = await tx.run(
    `MATCH (t:Topic)
     WHERE (t.curated = true OR size(coalesce(t.aliases, [])) > 0) AND t.mergedInto IS NULL
     RETURN t.slug AS slug, t.name AS name, t.aliases AS aliases`,
  );
  return result.records.map((record) => ({ slug: record.get("slug") as TopicSlug, name: record.get("name") as string, aliases: record.get("aliases") as string[] }));
}
