import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";

/** An insight's theme: the community of its most central topic (null before themes are computed). */
export interface InsightTheme {
  readonly topic: string;
  readonly theme: number | null;
}

/** The theme of each given insight, in one read. */
export async function findInsightThemes(tx: ManagedTransaction, ids: readonly InsightId[]): Promise<Map<InsightId, InsightTheme>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (i:Insight {id: id})-[a:ABOUT]->(t:Topic)
     WITH id, t ORDER BY a.weight DESC, t.slug
     WITH id, collect(t)[0] AS t
     RETURN id, t.slug AS topic, t.community AS theme`,
    { ids },
  );
  return new Map(
    result.records.map((record) => {
      const theme = record.get("theme");
      return [record.get("id") as InsightId, { topic: record.get("topic"), theme: theme === null ? null : Number(theme) }];
    }),
  );
}
