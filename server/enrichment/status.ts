import type { EnrichmentStatus } from "@shared/api/status";
import type { Database } from "../db";
import { countQueue, findParked } from "../repositories/enrichmentQueue";
import type { EnrichmentStage } from "./stage";
import { RELATED } from "./steps/related";

const PARKED_SHOWN = 20;

/** The queue as /api/status shows it: counts per step, parked insights with their reasons, rate and time left. */
export async function readStatus(db: Database, stages: readonly EnrichmentStage[], rate: number | null, worker: boolean): Promise<EnrichmentStatus> {
  const names = stages.map((stage) => stage.name);
  const { counts, parked } = await db.read("enrichmentStatus", async (tx) => ({
    counts: await countQueue(tx, names),
    parked: await findParked(tx, names, PARKED_SHOWN),
  }));
  const byStage = new Map(counts.map((row) => [row.stage, row]));
  const rows = names.map((stage) => ({ stage, waiting: byStage.get(stage)?.waiting ?? 0, parked: byStage.get(stage)?.parked ?? 0 }));
  const waiting = rows.reduce((sum, row) => sum + row.waiting, 0);
  const relatedAt = names.indexOf(RELATED);
  const waitingForRelated = rows.slice(0, relatedAt + 1).reduce((sum, row) => sum + row.waiting, 0);
  return {
    stages: rows,
    waiting,
    waitingForRelated,
    parked: rows.reduce((sum, row) => sum + row.parked, 0),
    parkedInsights: parked,
    insightsPerSec: rate === null ? null : Math.round(rate * 10) / 10,
    etaSeconds: rate && waiting > 0 ? Math.ceil(waiting / rate) : waiting === 0 ? 0 : null,
    worker,
  };
}
