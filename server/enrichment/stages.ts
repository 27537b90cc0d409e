import type { EnrichmentStage } from "./stage";
import { coOccurrenceStage } from "./steps/coOccurrence";
import { embedStage } from "./steps/embed";
import { nearDuplicatesStage } from "./steps/nearDuplicates";
import { RELATED, relatedStage } from "./steps/related";
import { relationsStage } from "./steps/relations";
import { themesStage } from "./steps/themes";
import { topicsStage } from "./steps/topics";

/**
 * The steps every new insight goes through, in order: one entry per step. Embedding first, then
 * topics (they group by meaning), then near-duplicates (a fold needs a shared topic, and the offline
 * extractor names none), topic counts before related lists (their scores read topic sizes),
 * relations on the pairs of those lists, themes last (they read the counts).
 */
export const STAGES: readonly EnrichmentStage[] = [embedStage, topicsStage, nearDuplicatesStage, coOccurrenceStage, relatedStage, relationsStage, themesStage];

export const stageNames = (stages: readonly EnrichmentStage[] = STAGES) => stages.map((stage) => stage.name);

/** Whether an insight waiting at `stage` (null: none) has its related list still to come. */
export function relatedStillQueued(stage: string | null, stages: readonly EnrichmentStage[] = STAGES): boolean {
  if (stage === null) return false;
  const at = stages.findIndex((s) => s.name === stage);
  return at >= 0 && at <= stages.findIndex((s) => s.name === RELATED);
}
