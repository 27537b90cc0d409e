import type { SourceEnrichment } from "@shared/api/status";
import type { InsightId, SourceId } from "@shared/ids";
import { int, type ManagedTransaction } from "../db";

/**
 * The enrichment queue lives on the insights themselves: `enrichStage` names the next step an
 * insight waits for (indexed), `enrichLease`/`enrichLeaseUntil` say which worker holds it and until
 * when (database time, so app servers with skewed clocks agree), `enrichAttempts`/`enrichDueAt`
 * count failures and hold a retry back, `enrichParked` keeps the reason an insight was given up on.
 * `enrichHeldAt` is written only to take an insight's lock before its lease is read again.
 * `enrichedAt` marks an insight that went through every stage. Deleting an insight deletes its
 * place in the queue with it, and a backup carries the queue along.
 */

const CLAIMABLE = `i.enrichStage = $stage AND i.enrichParked IS NULL
     AND coalesce(i.enrichDueAt, 0) <= timestamp() AND coalesce(i.enrichLeaseUntil, 0) < timestamp()`;

/**
 * Whether any insight waits at `stage` free to be claimed: a read, so a worker whose stages have
 * nothing to do looks without writing the claim's lock or waiting its turn behind ingests.
 */
export async function hasClaimable(tx: ManagedTransaction, stage: string): Promise<boolean> {
  const result = await tx.run(`RETURN EXISTS { MATCH (i:Insight) WHERE ${CLAIMABLE} } AS waiting`, { stage });
  return result.records[0]?.get("waiting") === true;
}

/** Takes up to `limit` insights waiting at `stage` (or only those of `only`) for this lease. */
export async function claimBatch(
  tx: ManagedTransaction,
  claim: { stage: string; lease: string; leaseMs: number; limit: number; only?: readonly InsightId[] },
): Promise<InsightId[]> {
  // NOTE: two workers reading the same free insights would both take them. Every claim first writes
  // the stage's lock node, so claims of one stage run one after another, and each reads the leases
  // the previous one committed.
  await tx.run("MERGE (l:EnrichmentLock {stage: $stage}) SET l.claimedAt = timestamp()", { stage: claim.stage });
  const query = claim.only
    ? `UNWIND $only AS id MATCH (i:Insight {id: id}) WHERE ${CLAIMABLE}`
    : `MATCH (i:Insight) WHERE ${CLAIMABLE}`;
  // NOTE: an insight whose lease ran out may still be held by its slow worker's open transaction.
  // Writing takes its lock first, so the condition is read again once that worker has committed:
  // an insight it moved on meanwhile must not carry this lease into its next stage.
  const result = await tx.run(
    `${query}
     WITH i LIMIT $limit
     SET i.enrichHeldAt = timestamp()
     WITH i WHERE ${CLAIMABLE}
     SET i.enrichLease = $lease, i.enrichLeaseUntil = timestamp() + $leaseMs
     RETURN i.id AS id`,
    { stage: claim.stage, lease: claim.lease, leaseMs: int(claim.leaseMs), limit: int(claim.limit), only: claim.only ?? null },
  );
  return result.records.map((record) => record.get("id") as InsightId);
}

/**
 * Of the claimed insights, those this lease still holds, locked for the rest of the transaction: a
 * worker whose lease ran out (it stalled, another took over) must not write the stage's result too.
 */
export async function holdOwned(tx: ManagedTransaction, ids: readonly InsightId[], stage: string, lease: string): Promise<InsightId[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     // Writing takes the node's lock first; the condition is then read again under it.
     SET i.enrichHeldAt = timestamp()
     WITH i WHERE i.enrichLease = $lease AND i.enrichStage = $stage
     RETURN i.id AS id`,
    { ids, stage, lease },
  );
  return result.records.map((record) => record.get("id") as InsightId);
}

/** Moves held insights to the next stage, or marks them enriched after the last. */
export async function advance(tx: ManagedTransaction, ids: readonly InsightId[], next: string | null): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     SET i.enrichStage = $next, i.enrichLease = null, i.enrichLeaseUntil = null, i.enrichAttempts = null,
         i.enrichDueAt = null, i.enrichError = null, i.enrichHeldAt = null,
         i.enrichedAt = CASE WHEN $next IS NULL THEN timestamp() ELSE i.enrichedAt END`,
    { ids, next },
  );
}

/**
 * A failed attempt: the insight waits `backoffMs[attempt]` before the next, and after the last it
 * is parked with the reason (shown by /api/status) and left for a person to look at.
 */
export async function recordFailure(
  tx: ManagedTransaction,
  failure: { id: InsightId; stage: string; lease: string; reason: string; backoffMs: readonly number[] },
): Promise<"retry" | "parked" | "lost"> {
  const result = await tx.run(
    `MATCH (i:Insight {id: $id}) WHERE i.enrichLease = $lease AND i.enrichStage = $stage
     WITH i, coalesce(i.enrichAttempts, 0) + 1 AS attempts
     SET i.enrichAttempts = attempts, i.enrichError = $reason, i.enrichLease = null, i.enrichLeaseUntil = null,
         i.enrichDueAt = CASE WHEN attempts > size($backoff) THEN null ELSE timestamp() + $backoff[attempts - 1] END,
         i.enrichParked = CASE WHEN attempts > size($backoff) THEN $reason ELSE null END
     RETURN i.enrichParked IS NOT NULL AS parked`,
    { ...failure, backoff: failure.backoffMs.map(int) },
  );
  const record = result.records[0];
  if (!record) return "lost";
  return record.get("parked") ? "parked" : "retry";
}

export interface StageCount {
  readonly stage: string;
  readonly waiting: number;
  readonly parked: number;
}

/** How many insights wait at each stage, and how many of those are parked (an index read per stage). */
export async function countQueue(tx: ManagedTransaction, stages: readonly string[]): Promise<StageCount[]> {
  const result = await tx.run(
    `UNWIND $stages AS stage
     CALL (stage) {
       MATCH (i:Insight {enrichStage: stage})
       RETURN count(i) AS total, count(i.enrichParked) AS parked
     }
     RETURN stage, total - parked AS waiting, parked`,
    { stages },
  );
  return result.records.map((record) => record.toObject() as StageCount);
}

/** Per source: its insights, those still waiting in the queue, and those parked. */
export async function countQueueBySource(tx: ManagedTransaction, ids: readonly SourceId[]): Promise<SourceEnrichment[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (s:Source {id: id})
     CALL (s) {
       MATCH (s)<-[:FROM]-(i:Insight)
       RETURN count(i) AS insights, count(i.enrichStage) - count(i.enrichParked) AS waiting, count(i.enrichParked) AS parked
     }
     RETURN s.id AS id, insights, waiting, parked`,
    { ids },
  );
  return result.records.map((record) => record.toObject() as SourceEnrichment);
}

export interface ParkedInsight {
  readonly id: InsightId;
  readonly stage: string;
  readonly attempts: number;
  readonly reason: string;
}

export async function findParked(tx: ManagedTransaction, stages: readonly string[], limit: number): Promise<ParkedInsight[]> {
  const result = await tx.run(
    `UNWIND $stages AS stage
     MATCH (i:Insight {enrichStage: stage}) WHERE i.enrichParked IS NOT NULL
     RETURN i.id AS id, stage, coalesce(i.enrichAttempts, 0) AS attempts, i.enrichParked AS reason
     ORDER BY id LIMIT $limit`,
    { stages, limit: int(limit) },
  );
  return result.records.map((record) => record.toObject() as ParkedInsight);
}

/** Which of these insights still wait for a stage, and which of those are parked (with why). */
export async function findWaiting(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<{ id: InsightId; stage: string; parked: string | null; error: string | null }[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id}) WHERE i.enrichStage IS NOT NULL
     RETURN i.id AS id, i.enrichStage AS stage, i.enrichParked AS parked, i.enrichError AS error`,
    { ids },
  );
  return result.records.map((record) => record.toObject() as { id: InsightId; stage: string; parked: string | null; error: string | null });
}

/** The stage one insight waits for, or null when it is enriched, parked (nothing is on the way) or unknown. */
export async function findPendingStage(tx: ManagedTransaction, id: InsightId): Promise<string | null> {
  const result = await tx.run("MATCH (i:Insight {id: $id}) WHERE i.enrichParked IS NULL RETURN i.enrichStage AS stage", { id });
  return (result.records[0]?.get("stage") as string | null | undefined) ?? null;
}

/**
 * Queues, a page at a time, insights nobody has enriched and nothing queues: a restored backup
 * made before the queue existed, or a graph built by the earlier in-transaction design. Those
 * already scored then (they have stored terms) had their topics counted: they only need their
 * related list again (now with the back-links it earned). Returns how many were queued.
 */
export async function queueUnenriched(tx: ManagedTransaction, first: string, relatedStage: string, page: number): Promise<number> {
  const result = await tx.run(
    `MATCH (i:Insight) WHERE i.enrichedAt IS NULL AND i.enrichStage IS NULL
     WITH i LIMIT $page
     CALL (i) {
       MATCH (i)-[a:ABOUT]->() WHERE i.terms IS NOT NULL
       SET a.counted = true
     }
     SET i.enrichStage = CASE WHEN i.terms IS NOT NULL THEN $relatedStage ELSE $first END
     RETURN count(i) AS queued`,
    { first, relatedStage, page: int(page) },
  );
  return Number(result.records[0]?.get("queued") ?? 0);
}

/** Gives claimed insights back at once (a caller gave up on them), rather than when the lease runs out. */
export async function releaseLease(tx: ManagedTransaction, ids: readonly InsightId[], lease: string): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id}) WHERE i.enrichLease = $lease
     SET i.enrichLease = null, i.enrichLeaseUntil = null`,
    { ids, lease },
  );
}

/**
 * Puts parked insights back in line (after a fix), attempts reset: the given ones, or every parked
 * one when `ids` is null. Returns how many were parked.
 */
export async function releaseParked(tx: ManagedTransaction, ids: readonly InsightId[] | null): Promise<number> {
  const result = await tx.run(
    `MATCH (i:Insight) WHERE i.enrichParked IS NOT NULL AND ($ids IS NULL OR i.id IN $ids)
     SET i.enrichParked = null, i.enrichAttempts = null, i.enrichDueAt = null
     RETURN count(i) AS released`,
    { ids },
  );
  return Number(result.records[0]?.get("released") ?? 0);
}

/**
 * Insights about these topics that are through the queue wait at `stage` again: a curation
 * (rename, merge, split, hide, or its undo) changed what their related lists' reasons say.
 * Insights still queued reach the stage anyway. Returns how many were queued.
 */
export async function queueTopicInsightsAgain(tx: ManagedTransaction, slugs: readonly string[], stage: string): Promise<number> {
  const result = await tx.run(
    `UNWIND $slugs AS slug
     MATCH (:Topic {slug: slug})<-[:ABOUT]-(i:Insight)
     WHERE i.enrichStage IS NULL AND i.enrichParked IS NULL
     WITH DISTINCT i
     SET i.enrichStage = $stage
     RETURN count(i) AS queued`,
    { slugs, stage },
  );
  return Number(result.records[0]?.get("queued") ?? 0);
}
