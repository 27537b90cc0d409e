import type { ManagedTransaction } from "../db";
import type { InsightBatch } from "../repositories/insights";
import { findKnownSpeakers, writeSpeakers } from "../repositories/speakers";
import { refreshCruxesAround } from "./refreshCruxes";
import { type SpeakerMention, resolveSpeakers, scopeOf } from "./resolve";

/**
 * The batch's speaker labels as (:Speaker) nodes and SAID_BY links, in the ingest's transaction:
 * each label resolved against the speakers its show already has ("Maya" = "Maya Chen"), unnamed
 * voices ("Speaker 1", a timestamp) kept to their episode.
 */
export async function writeSaidBy(tx: ManagedTransaction, batch: InsightBatch): Promise<void> {
  const showOf = new Map(batch.sources.map((source) => [source.id, source.show]));
  const mentions: SpeakerMention[] = batch.from.flatMap((row) =>
    row.speaker ? [{ insightId: row.insightId, sourceId: row.sourceId, show: showOf.get(row.sourceId) ?? null, label: row.speaker, startSec: row.startSec }] : [],
  );
  if (mentions.length === 0) return;
  const known = await findKnownSpeakers(tx, [...new Set(mentions.map(scopeOf))]);
  const { speakers, saidBy } = resolveSpeakers(mentions, known);
  await writeSpeakers(tx, speakers, saidBy);
  // A claim already related may now have a named speaker, which can make its contradictions cruxes.
  await refreshCruxesAround(tx, [...new Set(batch.from.filter((row) => row.speaker).map((row) => row.insightId))]);
}
