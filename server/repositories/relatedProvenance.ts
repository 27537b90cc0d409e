import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/** Where an insight comes from, as far as reader filters care: its sources, shows and speakers. */
export interface ProvenanceRow {
  readonly id: InsightId;
  readonly sources: readonly string[];
  readonly shows: readonly string[];
  readonly speakers: readonly string[];
}

/**
 * The provenance of a few insights in one UNWIND read. Speakers are read both from the FROM link
 * (who said it in that source) and from `(:Speaker)` nodes, so the filter holds either way speakers are kept.
 */
export async function findProvenance(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<ProvenanceRow[]> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})
     RETURN i.id AS id,
            [(i)-[:FROM]->(s:Source) | s.id] AS sources,
            [(i)-[:FROM]->(s:Source) WHERE s.show IS NOT NULL | s.show] AS shows,
            [(i)-[f:FROM]->(:Source) WHERE f.speaker IS NOT NULL | f.speaker]
              + [(i)-[:SAID_BY]->(p:Speaker) | coalesce(p.name, p.id)] AS speakers`,
    { ids },
  );
  return result.records.map((record) => ({
    id: record.get("id") as InsightId,
    sources: record.get("sources") as string[],
    shows: record.get("shows") as string[],
    speakers: (record.get("speakers") as (string | null)[]).filter((name): name is string => typeof name === "string"),
  }));
}
