import type { InsightId, TopicSlug } from "@shared/ids";
import type { ManagedTransaction } from "../db";
import type { Embedding } from "../embeddings";
import type { InsightBatch, TopicRow } from "../repositories/insights";
import { findTakenSlugs, findTopicSpace, storeCentroids, type TopicSpaceRow } from "../repositories/topicCentroids";
import { findTopicsOf } from "../repositories/topicStats";
import { type ClusterThresholds, groupIncrementally, type TopicCentroid } from "./clusters";
import { candidatePhrases, nameGroups, type NameBook, phraseKey, type TopicName } from "./naming";
import { findMentions, mentionPatterns } from "./mentions";
import { phraseTopics } from "./phraseTopics";

/** What discovery reads of a batch and adds to: the insights' texts, their sources, topic links. */
export interface TopicBatch {
  readonly insights: readonly { readonly id: InsightId; readonly text: string }[];
  readonly from: readonly { readonly insightId: InsightId; readonly sourceId: string }[];
  readonly topics: readonly TopicRow[];
  readonly about: InsightBatch["about"];
}

const NEW = "new:";
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Topics for the insights of a batch that have none (the offline extractor names none; a person or
 * the LLM extractor may): each joins the nearest topic in meaning or founds one, named by its
 * most representative phrase (see clusters.ts, naming.ts). Insights already in the graph keep
 * theirs; an insight with no embedding gets phrase topics. Runs in the transaction that writes the
 * links (the enrichment queue's `topics` step), so a retried batch founds nothing twice.
 */
export async function discoverTopics<B extends TopicBatch>(
  tx: ManagedTransaction,
  batch: B,
  embeddings: ReadonlyMap<InsightId, Embedding>,
  thresholds: ClusterThresholds | undefined,
): Promise<B> {
  const named = new Set(batch.about.map((row) => row.insightId));
  const known = await findTopicsOf(tx, batch.insights.map((row) => row.id));
  const open = [...new Map(batch.insights.filter((row) => !named.has(row.id) && !known.has(row.id)).map((row) => [row.id, row])).values()];
  if (open.length === 0) return batch;
  const grouped = thresholds ? open.filter((row) => embeddings.has(row.id)) : [];
  const rest = open.filter((row) => !grouped.includes(row));
  const space = await findTopicSpace(tx);
  const book = await nameBook(tx, space, [...grouped, ...rest].map((row) => row.text));
  const fromGroups = grouped.length > 0 ? await group(tx, grouped, embeddings, space, book, thresholds!, new Map(batch.from.map((row) => [row.insightId, row.sourceId]))) : { topics: [], about: [] };
  const fromPhrases = phraseTopics(rest, book);
  const fromVocabulary = vocabularyMentions(open, book, [...fromGroups.about, ...fromPhrases.about]);
  const topics = new Map<TopicSlug, TopicRow>(batch.topics.map((row) => [row.slug, row]));
  for (const row of [...fromGroups.topics, ...fromPhrases.topics, ...fromVocabulary.topics]) if (!topics.has(row.slug)) topics.set(row.slug, row);
  return { ...batch, topics: [...topics.values()], about: [...batch.about, ...fromGroups.about, ...fromPhrases.about, ...fromVocabulary.about] };
}

/** A curated topic is about as central as a grouped one, but a mention is weaker evidence than meaning. */
const MENTION_WEIGHT = 0.8;
const MAX_TOPICS = 4;

/**
 * Curated topics (the user's vocabulary file, pinned or renamed topics) a claim names by one of
 * their names or aliases, matched word by word: the user listed them, so a mention counts.
 * Inert without curated topics.
 */
function vocabularyMentions(
  rows: readonly { id: InsightId; text: string }[],
  book: Book,
  assigned: readonly { insightId: InsightId; slug: TopicSlug }[],
): Pick<InsightBatch, "topics" | "about"> {
  if (book.mentions.size === 0) return { topics: [], about: [] };
  const has = new Map<InsightId, Set<string>>();
  for (const row of assigned) has.set(row.insightId, (has.get(row.insightId) ?? new Set()).add(row.slug));
  const topics = new Map<TopicSlug, TopicRow>();
  const about: InsightBatch["about"][number][] = [];
  for (const row of rows) {
    const mine = has.get(row.id) ?? new Set<string>();
    for (const slug of findMentions(row.text, book.mentions)) {
      if (mine.has(slug) || mine.size >= MAX_TOPICS) continue;
      mine.add(slug);
      topics.set(slug, { slug, name: book.nameOf.get(slug) ?? slug, aliases: [] });
      about.push({ insightId: row.id, slug, weight: MENTION_WEIGHT });
    }
  }
  return { topics: [...topics.values()], about };
}

/** Names discovery must respect: curated topics' names and aliases, and slugs other topics hold. */
async function nameBook(tx: ManagedTransaction, space: readonly TopicSpaceRow[], texts: readonly string[]): Promise<Book> {
  const curated = new Map<string, TopicName>();
  const chosen = space.filter((r) => r.curated && !r.hidden);
  for (const row of chosen) {
    for (const phrase of [row.name, ...row.aliases]) curated.set(phraseKey(phrase), { slug: row.slug, name: row.name });
  }
  const mentions = mentionPatterns(chosen.map((row) => ({ slug: row.slug, phrases: [row.name, ...row.aliases] })));
  const nameOf = new Map(chosen.map((row) => [row.slug, row.name]));
  const candidates = [...new Set(texts.flatMap((text) => candidatePhrases(text).map(phraseKey)))] as TopicSlug[];
  const taken = new Set<string>([...space.map((row) => row.slug), ...(await findTakenSlugs(tx, candidates))]);
  return { curated, taken, mentions, nameOf };
}

/** The name book, plus curated topics as word patterns for mentions. */
type Book = NameBook & { readonly mentions: ReturnType<typeof mentionPatterns>; readonly nameOf: ReadonlyMap<TopicSlug, string> };

async function group(
  tx: ManagedTransaction,
  rows: readonly { id: InsightId; text: string }[],
  embeddings: ReadonlyMap<InsightId, Embedding>,
  space: readonly TopicSpaceRow[],
  book: NameBook,
  thresholds: ClusterThresholds,
  sourceOf: ReadonlyMap<InsightId, string>,
): Promise<Pick<InsightBatch, "topics" | "about">> {
  const byKey = new Map(space.map((row) => [row.slug as string, row]));
  const centroids: TopicCentroid[] = space
    .filter((row) => row.centroidSum !== null && !row.hidden)
    .map((row) => ({ key: row.slug, sum: Float64Array.from(row.centroidSum!), count: row.centroidCount, curated: row.curated }));
  const memberships = groupIncrementally(
    rows.map((row) => embeddings.get(row.id)!),
    centroids,
    thresholds,
    (i) => `${NEW}${i}`,
    (i) => sourceOf.get(rows[i]!.id),
  );

  const founded = centroids.filter((c) => c.key.startsWith(NEW));
  const textsOf = new Map<string, string[]>(founded.map((c) => [c.key, []]));
  memberships.forEach((m, i) => textsOf.get(m[0]!.key)?.push(rows[i]!.text));
  const names = nameGroups(founded.map((c) => textsOf.get(c.key)!), book);
  const slugOf = new Map<string, TopicName>(founded.map((c, i) => [c.key, names[i]!]));

  // A founded group named after a curated topic is that topic: its centroid adds to the topic's.
  const sums = new Map<TopicSlug, { name: string; sum: Float64Array; count: number }>();
  for (const c of centroids) {
    const target = slugOf.get(c.key) ?? { slug: c.key as TopicSlug, name: byKey.get(c.key)?.name ?? c.key };
    const seen = sums.get(target.slug);
    if (seen) {
      seen.sum.forEach((_, i) => (seen.sum[i]! += c.sum[i]!));
      seen.count += c.count;
    } else sums.set(target.slug, { name: target.name, sum: Float64Array.from(c.sum), count: c.count });
  }
  const touched = new Set<TopicSlug>();
  // NOTE: linking a claim also to topics named by its key phrases was tried and measured: F1 0.514 → 0.501,
  // theme stability 96.2% → 90.9% on PERSPECTRUM dev, so topics come from meaning alone.
  const about = memberships.flatMap((m, i) =>
    [...new Map(m.map((one, rank) => [slugOf.get(one.key)?.slug ?? (one.key as TopicSlug), rank === 0 ? 1 : round(Math.min(1, one.cosine))])).entries()].map(
      ([slug, weight]) => {
        touched.add(slug);
        return { insightId: rows[i]!.id, slug, weight };
      },
    ),
  );
  const changed = [...touched].map((slug) => ({ slug, ...sums.get(slug)! }));
  await storeCentroids(tx, changed.map((row) => ({ slug: row.slug, name: row.name, centroidSum: [...row.sum], centroidCount: row.count })));
  const topics = changed.map((row) => ({ slug: row.slug, name: row.name, aliases: byKey.get(row.slug)?.aliases ?? [] }));
  return { topics, about };
}
