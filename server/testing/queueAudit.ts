import type { Database } from "../db";

/**
 * What the enrichment queue left in a graph of a test's own, next to what it should be when every
 * step ran exactly once per insight. The counts checked are the ones a step adds to (it does not
 * recompute them): a batch run twice would raise them past the truth read from the links.
 */
export interface QueueAudit {
  readonly insights: number;
  readonly enriched: number;
  /** Insights still holding a step, a lease, a failure or a parked reason. */
  readonly leftInQueue: number;
  /** `CO_OCCURS` pairs whose count differs from the insights about both topics (or that are missing). */
  readonly wrongPairs: readonly string[];
  /** Sum over the insights of their topic pairs, as stored on `CO_OCCURS`. */
  readonly pairCount: number;
  /** Words whose document frequency differs from the insights that use them. */
  readonly wrongWords: readonly string[];
  readonly words: number;
  /** Insights whose related list is empty, longer than k, or names an insight twice. */
  readonly badLists: readonly string[];
}

const rows = <T>(result: { readonly records: readonly { toObject(): unknown }[] }) => result.records.map((record) => record.toObject() as T);

export async function auditQueue(db: Database, relatedK: number): Promise<QueueAudit> {
  return db.read("test:audit", async (tx) => {
    const [state] = rows<{ insights: number; enriched: number; left: number }>(
      await tx.run(`MATCH (i:Insight)
       RETURN count(i) AS insights, count(i.enrichedAt) AS enriched,
              count(CASE WHEN i.enrichStage IS NOT NULL OR i.enrichLease IS NOT NULL OR i.enrichAttempts IS NOT NULL
                           OR i.enrichError IS NOT NULL OR i.enrichParked IS NOT NULL THEN 1 END) AS left`),
    );
    const pairs = rows<{ pair: string; stored: number | null; truth: number | null }>(
      await tx.run(`CALL () {
         MATCH (a:Topic)<-[:ABOUT]-(i:Insight)-[:ABOUT]->(b:Topic) WHERE a.slug < b.slug
         RETURN a.slug + ' | ' + b.slug AS pair, null AS stored, count(i) AS truth
         UNION ALL
         MATCH (a:Topic)-[c:CO_OCCURS]->(b:Topic)
         RETURN a.slug + ' | ' + b.slug AS pair, c.count AS stored, null AS truth
       }
       RETURN pair, sum(stored) AS stored, sum(truth) AS truth`),
    );
    const words = rows<{ lemma: string; df: number; truth: number }>(
      await tx.run("MATCH (t:Term) RETURN t.lemma AS lemma, t.df AS df, COUNT { MATCH (i:Insight) WHERE t.lemma IN i.terms } AS truth"),
    );
    const lists = rows<{ id: string; n: number; distinct: number }>(
      await tx.run("MATCH (i:Insight) OPTIONAL MATCH (i)-[:RELATED_TO]->(j:Insight) RETURN i.id AS id, count(j) AS n, count(DISTINCT j) AS distinct"),
    );
    return {
      insights: state!.insights,
      enriched: state!.enriched,
      leftInQueue: state!.left,
      wrongPairs: pairs.filter((p) => p.stored !== p.truth).map((p) => `${p.pair}: stored ${p.stored}, truth ${p.truth}`),
      pairCount: pairs.reduce((sum, p) => sum + (p.stored ?? 0), 0),
      wrongWords: words.filter((w) => w.df !== w.truth).map((w) => `${w.lemma}: df ${w.df}, used by ${w.truth}`),
      words: words.length,
      badLists: lists.filter((l) => l.n === 0 || l.n > relatedK || l.n !== l.distinct).map((l) => `${l.id}: ${l.n} entries, ${l.distinct} distinct`),
    };
  });
}
