import type { InsightId } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import { findEmbeddings } from "../repositories/embeddings";
import { refreshCruxesAround } from "../speakers/refreshCruxes";
import { findRelatedPairs, findRelationContext, type RelatedPairRow, type RelationRow, storeRelations } from "../repositories/relations";
import { type PairEvidence, classifyPair } from "./classify";
import { type ClaimWords, claimWordsOf, extensionOf } from "./extension";
import { type ModelLabels, pairKey } from "./labeller";
import { oppositeSidesOdds } from "./sides";
import { leaningOf, leftoversOf } from "./stance";
import { type Valence, valenceOf } from "./valence";

/** Related insights per claim that make up the neighbourhood a pair's stance is read against (a served list). */
const NEIGHBOURS = 10;

/**
 * Types the related pairs in the lists of the given insights (supports, contradicts, extends, same) and
 * stores the label, its confidence and reason on each edge; pairs without strong evidence are
 * cleared back to plain "related". Runs after the related refresh, in the same transaction, over
 * what the batch touched only, and keeps the crux lists of the topics it changed in step (in the
 * same transaction, so a label and the cruxes it makes are never apart). Insights without an
 * embedding stay unlabelled: the stance needs meaning.
 *
 * With `modelLabels` (the configured model's answers, asked before the transaction), a pair the
 * model answered takes its label, or none when it saw none; a pair it did not answer is
 * classified offline.
 */
export async function labelRelations(tx: ManagedTransaction, insightIds: readonly InsightId[], modelLabels?: ModelLabels | null): Promise<void> {
  const pairs = await findRelatedPairs(tx, insightIds);
  const offline = modelLabels ? pairs.filter((pair) => !modelLabels.has(pairKey(pair.from, pair.to))) : pairs;
  const evidence = new Map((await findPairEvidence(tx, offline)).map((found, i) => [offline[i]!, found]));
  const rows: RelationRow[] = pairs.map((pair) => {
    const key = pairKey(pair.from, pair.to);
    const found = evidence.get(pair);
    const label = modelLabels?.has(key) ? modelLabels.get(key)! : found ? classifyPair(found) : null;
    return { ...pair, relation: label?.relation ?? null, confidence: label?.confidence ?? null, reason: label?.reason ?? null };
  });
  await storeRelations(tx, rows);
  await refreshCruxesAround(tx, insightIds);
}

/**
 * What the classifier reads for each pair, in the pairs' order (null when either claim has no
 * embedding, or for a pair of one claim with itself). The evaluation reads it too, to show how the
 * thresholds trade precision for recall.
 */
export async function findPairEvidence(tx: ManagedTransaction, pairs: readonly RelatedPairRow[]): Promise<(PairEvidence | null)[]> {
  if (pairs.length === 0) return [];
  const ends = [...new Set(pairs.flatMap((p) => [p.from, p.to]))];
  const context = new Map((await findRelationContext(tx, ends, NEIGHBOURS)).map((row) => [row.id, row]));
  const around = [...new Set([...context.values()].flatMap((row) => row.neighbours))].filter((id) => !context.get(id)?.embedding);
  const vectors = await findEmbeddings(tx, around);
  for (const row of context.values()) if (row.embedding) vectors.set(row.id, row.embedding);

  const valences = new Map<InsightId, Valence>();
  const valence = (id: InsightId, text: string) => valences.get(id) ?? valences.set(id, valenceOf(text)).get(id)!;
  const claimWords = new Map<InsightId, ClaimWords>();
  const wordsOf = (id: InsightId, text: string) => claimWords.get(id) ?? claimWords.set(id, claimWordsOf(text)).get(id)!;
  return pairs.map((pair) => {
    const [a, b] = [context.get(pair.from), context.get(pair.to)];
    if (!a?.embedding || !b?.embedding || pair.from === pair.to) return null;
    const shared = [...new Set([...a.neighbours, ...b.neighbours])].filter((id) => id !== a.id && id !== b.id);
    const neighbourhood = shared.map((id) => vectors.get(id)).filter((v): v is readonly number[] => v !== undefined);
    const left = leftoversOf(a.embedding, b.embedding, neighbourhood);
    const found = { cosine: cosine(a.embedding, b.embedding), leaning: left ? leaningOf(left) : null, a: valence(a.id, a.text), b: valence(b.id, b.text) };
    // The learned model reads vectors of the model it was fitted on only, both ends alike.
    const model = a.embeddingModel === b.embeddingModel ? a.embeddingModel : null;
    const oppositeSides = left && found.leaning !== null ? oppositeSidesOdds({ ...found, leaning: found.leaning }, left, model) : null;
    return { ...found, oppositeSides, extension: extensionOf(wordsOf(a.id, a.text), wordsOf(b.id, b.text)) };
  });
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i]! * (b[i] ?? 0);
    na += a[i]! * a[i]!;
    nb += (b[i] ?? 0) * (b[i] ?? 0);
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
