import type { InsightDeletion, SourceDeletion } from "@shared/api/sourceCatalog";
import type { InsightId, SourceId, TopicSlug } from "@shared/ids";
import type { Database, ManagedTransaction } from "../db";
import { touchGraphVersion } from "../repositories/graphVersion";
import { relateListedInsights } from "../repositories/listedLinks";
import { findExistingSources } from "../repositories/sourceCatalog";
import {
  type OrphanedInsight,
  deleteInsightsAndSources,
  findInsightsToDelete,
  findOrphanedInsights,
  shrinkTopics,
  unlinkFromSource,
} from "../repositories/sourceDeletion";
import { documentFrequencies, refreshRelated } from "../related/refreshRelated";
import { labelRelations } from "../relations/labelRelations";
import { forgetSpeechOfSources } from "../repositories/speakers";
import { rankingWeightsFor } from "../related/scoring";
import type { IngestOptions } from "../ingest/ingest";
import { relistTopicCruxes } from "../speakers/refreshCruxes";

/** How the lists that pointed at a deleted insight are ranked again: as the enrichment queue ranks them. */
type Ranking = Pick<IngestOptions, "relatedK" | "embeddings">;

/**
 * Deletes sources and what only they held, in one write transaction: the insights no other source
 * supports (with their topics links, related links and list entries), topics left empty, and the
 * words' document frequencies; then recomputes what they touched: co-occurrence counts, topic
 * counts, and the related lists that pointed at a deleted insight. Returns null when none of the
 * sources exists.
 */
export async function deleteSources(db: Database, ids: readonly SourceId[], ranking: Ranking): Promise<SourceDeletion | null> {
  return db.write("deleteSources", async (tx) => {
    const found = await findExistingSources(tx, ids);
    if (found.length === 0) return null;
    const plan = planDeletion(await findOrphanedInsights(tx, found));
    await forgetSpeechOfSources(tx, found);
    const topics = await carryOut(tx, plan, found, ranking);
    return { deleted: found, insights: plan.insightIds.length, topics, relatedRecomputed: plan.relatedToRecompute.length };
  });
}

/**
 * Deletes one insight a reader judged wrong, with its links, and recomputes what it touched the
 * same way a source's deletion does; its sources stay. Null when the insight does not exist.
 */
export async function deleteInsight(db: Database, id: InsightId, ranking: Ranking): Promise<InsightDeletion | null> {
  return db.write("deleteInsight", async (tx) => {
    const plan = planDeletion(await findInsightsToDelete(tx, [id]));
    if (plan.insightIds.length === 0) return null;
    const topics = await carryOut(tx, plan, [], ranking);
    return { deleted: id, topics, relatedRecomputed: plan.relatedToRecompute.length };
  });
}

/**
 * Takes claims a re-ingest no longer reads off their source: an insight another source holds keeps
 * that one, the rest are deleted as a deleted source's are. Returns how many were deleted.
 */
export async function forgetClaimsOfSource(db: Database, sourceId: SourceId, ids: readonly InsightId[], ranking: Ranking): Promise<number> {
  if (ids.length === 0) return 0;
  return db.write("forgetClaimsOfSource", async (tx) => {
    const plan = planDeletion(await unlinkFromSource(tx, sourceId, ids));
    await carryOut(tx, plan, [], ranking);
    return plan.insightIds.length;
  });
}

/** Deletes what the plan names and recomputes what depends on it; returns the topics deleted. */
async function carryOut(tx: ManagedTransaction, plan: DeletionPlan, sourceIds: readonly SourceId[], ranking: Ranking): Promise<number> {
  await deleteInsightsAndSources(tx, plan.insightIds, sourceIds, plan.df);
  const topics = await shrinkTopics(tx, plan.topicSlugs, plan.topicPairs);
  await refreshRelated(tx, plan.relatedToRecompute, ranking.relatedK, rankingWeightsFor(ranking.embeddings?.embedder));
  await labelRelations(tx, plan.relatedToRecompute);
  // A deleted claim takes its listed crux pairs with it: the lists it was on are listed afresh.
  await relistTopicCruxes(tx, plan.topicSlugs);
  // A page's own links are related edges too: recomputing a list would drop them.
  await relateListedInsights(tx, plan.relatedToRecompute);
  await touchGraphVersion(tx);
  return topics;
}

export interface DeletionPlan {
  readonly insightIds: InsightId[];
  readonly topicSlugs: TopicSlug[];
  /** Co-occurrences the deleted insights held: every pair of each one's topics, a < b. */
  readonly topicPairs: { a: TopicSlug; b: TopicSlug; by: number }[];
  /** Document frequencies to lower, sorted by lemma. */
  readonly df: { lemma: string; by: number }[];
  /** Surviving insights whose related list named a deleted one. */
  readonly relatedToRecompute: InsightId[];
}

/** What deleting these insights changes elsewhere; pure, so it is tested without a database. */
export function planDeletion(orphans: readonly OrphanedInsight[]): DeletionPlan {
  const doomed = new Set(orphans.map((o) => o.id));
  const pairs = new Map<string, number>();
  for (const orphan of orphans) {
    const slugs = [...new Set(orphan.countedTopics ?? orphan.topics)].sort();
    slugs.forEach((a, i) => {
      for (const b of slugs.slice(i + 1)) pairs.set(`${a}\n${b}`, (pairs.get(`${a}\n${b}`) ?? 0) + 1);
    });
  }
  return {
    insightIds: [...doomed],
    topicSlugs: [...new Set(orphans.flatMap((o) => o.topics))].sort(),
    topicPairs: [...pairs].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([key, by]) => {
      const [a, b] = key.split("\n") as [TopicSlug, TopicSlug];
      return { a, b, by };
    }),
    df: documentFrequencies(orphans.flatMap((o) => (o.terms ? [o.terms] : []))),
    relatedToRecompute: [...new Set(orphans.flatMap((o) => o.pointedAtBy))].filter((id) => !doomed.has(id)).sort(),
  };
}
