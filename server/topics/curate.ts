import { randomUUID } from "node:crypto";
import type { TopicDecision } from "@shared/api/topicCuration";
import { type InsightId, TopicSlug } from "@shared/ids";
import { countOf } from "@shared/format";
import type { TopicRef } from "@shared/schemas/entities";
import type { Database, ManagedTransaction } from "../db";
import { AppError, badRequest, notFound } from "../errors";
import { RELATED } from "../enrichment/steps/related";
import { findEmbeddings } from "../repositories/embeddings";
import { queueTopicInsightsAgain } from "../repositories/enrichmentQueue";
import {
  type MovedAbout,
  type TopicFields,
  type TopicState,
  createCuratedTopic,
  deleteTopic,
  findInsightsAbout,
  findTopicState,
  moveAbout,
  recountTopics,
  restoreAbout,
  setTopicFields,
} from "../repositories/topicCuration";
import { type DecisionRow, findDecision, hasLaterDecision, markUndone, storeDecision } from "../repositories/topicDecisions";
import { relistTopicCruxes } from "../speakers/refreshCruxes";
import { phraseKey } from "./naming";

const conflict = (message: string) => new AppError(409, "conflict", message);
const publicView = ({ undo: _undo, ...decision }: DecisionRow): TopicDecision => decision;

/** What an undo puts back, stored with the decision. */
type Undo =
  | { kind: "fields"; before: TopicFields }
  | { kind: "merge"; source: TopicFields; target: TopicFields; moved: MovedAbout[] }
  | { kind: "split"; source: TopicFields; moved: MovedAbout[] };

async function existing(tx: ManagedTransaction, slug: TopicSlug): Promise<TopicState> {
  const topic = await findTopicState(tx, slug);
  if (!topic) throw notFound(`Topic ${slug}`);
  return topic;
}

async function decide(tx: ManagedTransaction, kind: TopicDecision["kind"], topic: TopicSlug, other: TopicSlug | null, summary: string, undo: Undo) {
  return storeDecision(tx, { id: randomUUID(), kind, topic, other, summary, undo: JSON.stringify(undo) });
}

/**
 * Rename, pin or hide: each change its own decision. A renamed or pinned topic is curated: ingests
 * keep its name, and a phrase naming it makes new groups join it (see discover.ts).
 */
export function updateTopic(db: Database, slug: TopicSlug, change: { name?: string; pinned?: boolean; hidden?: boolean }) {
  return db.write("updateTopic", async (tx) => {
    const topic = await existing(tx, slug);
    const decisions: DecisionRow[] = [];
    const before = { curated: topic.curated };
    if (change.name !== undefined && change.name !== topic.name) {
      await setTopicFields(tx, slug, { name: change.name, curated: true });
      decisions.push(await decide(tx, "rename", slug, null, `renamed from "${topic.name}" to "${change.name}"`, { kind: "fields", before: { ...before, name: topic.name } }));
    }
    if (change.pinned !== undefined && change.pinned !== topic.pinned) {
      await setTopicFields(tx, slug, { pinned: change.pinned, curated: topic.curated || change.pinned });
      decisions.push(await decide(tx, "pin", slug, null, change.pinned ? "pinned" : "unpinned", { kind: "fields", before: { ...before, pinned: topic.pinned } }));
    }
    if (change.hidden !== undefined && change.hidden !== topic.hidden) {
      await setTopicFields(tx, slug, { hidden: change.hidden });
      decisions.push(await decide(tx, "hide", slug, null, change.hidden ? "hidden" : "shown again", { kind: "fields", before: { hidden: topic.hidden } }));
    }
    if (decisions.length > 0) await afterChange(tx, [slug]);
    return { topic: { slug, name: change.name ?? topic.name } as TopicRef, decisions: decisions.map(publicView) };
  });
}

/** Merge `slug` into `into`: links move, the name becomes an alias, the merged topic is hidden. */
export function mergeTopic(db: Database, slug: TopicSlug, into: TopicSlug) {
  if (slug === into) throw badRequest("A topic cannot be merged into itself");
  return db.write("mergeTopic", async (tx) => {
    const [source, target] = [await existing(tx, slug), await existing(tx, into)];
    if (source.neverMerge.includes(into) || target.neverMerge.includes(slug)) {
      throw conflict(`The topics file says never to merge "${source.name}" and "${target.name}"`);
    }
    const moved = await moveAbout(tx, slug, into, null);
    const sum = addSums(target, source.centroidSum, source.centroidCount, 1);
    await setTopicFields(tx, into, { aliases: [...new Set([...target.aliases, source.name, ...source.aliases])], curated: true, ...sum });
    await setTopicFields(tx, slug, { hidden: true, mergedInto: into, centroidSum: null, centroidCount: 0 });
    await afterChange(tx, [slug, into]);
    const undo: Undo = {
      kind: "merge",
      source: { hidden: source.hidden, mergedInto: null, centroidSum: source.centroidSum, centroidCount: source.centroidCount },
      target: { aliases: target.aliases, curated: target.curated, centroidSum: target.centroidSum, centroidCount: target.centroidCount },
      moved,
    };
    const decision = await decide(tx, "merge", slug, into, `merged "${source.name}" into "${target.name}" (${countOf(moved.length, "insight")})`, undo);
    return { topic: { slug: into, name: target.name } as TopicRef, decision: publicView(decision) };
  });
}

/** Move chosen insights of a topic to a new topic; its centroid is made from their embeddings. */
export function splitTopic(db: Database, slug: TopicSlug, name: string, insights: readonly InsightId[]) {
  const made = TopicSlug.safeParse(phraseKey(name));
  if (!made.success) throw badRequest(`"${name}" cannot name a topic`);
  return db.write("splitTopic", async (tx) => {
    const source = await existing(tx, slug);
    if (await findTopicState(tx, made.data)) throw conflict(`A topic "${made.data}" exists already: merge into it instead`);
    const about = await findInsightsAbout(tx, slug, insights);
    const strangers = insights.filter((id) => !about.has(id));
    if (strangers.length > 0) throw badRequest(`Not about ${slug}: ${strangers.join(", ")}`, { insights: strangers });
    await createCuratedTopic(tx, made.data, name);
    const moved = await moveAbout(tx, slug, made.data, [...about]);
    const vectors = [...(await findEmbeddings(tx, [...about])).values()];
    if (vectors.length > 0) {
      const part = vectors.reduce<number[]>((sum, v) => sum.map((x, i) => x + (v[i] ?? 0)), new Array<number>(vectors[0]!.length).fill(0));
      await setTopicFields(tx, made.data, { centroidSum: part, centroidCount: vectors.length });
      if (source.centroidSum) await setTopicFields(tx, slug, addSums(source, part, vectors.length, -1));
    }
    await afterChange(tx, [slug, made.data]);
    const undo: Undo = { kind: "split", source: { centroidSum: source.centroidSum, centroidCount: source.centroidCount }, moved };
    const decision = await decide(tx, "split", slug, made.data, `split ${countOf(moved.length, "insight")} off "${source.name}" into "${name}"`, undo);
    return { topic: { slug: made.data, name } as TopicRef, decision: publicView(decision) };
  });
}

/** Undo a topic's latest decision; an older one waits until the later ones are undone. */
export function undoDecision(db: Database, id: string) {
  return db.write("undoTopicDecision", async (tx) => {
    const decision = await findDecision(tx, id);
    if (!decision) throw notFound(`Decision ${id}`);
    if (decision.undone) throw conflict("This decision was undone already");
    if (await hasLaterDecision(tx, decision)) throw conflict("A later decision about these topics stands: undo that one first");
    const undo = JSON.parse(decision.undo) as Undo;
    const other = decision.other as TopicSlug | null;
    if (undo.kind === "fields") await setTopicFields(tx, decision.topic, undo.before);
    if (undo.kind === "merge" && other) {
      await restoreAbout(tx, decision.topic, other, undo.moved);
      await setTopicFields(tx, decision.topic, undo.source);
      await setTopicFields(tx, other, undo.target);
    }
    if (undo.kind === "split" && other) {
      await restoreAbout(tx, decision.topic, other, undo.moved);
      await deleteTopic(tx, other);
      await setTopicFields(tx, decision.topic, undo.source);
    }
    await afterChange(tx, [decision.topic, ...(other && undo.kind === "merge" ? [other] : [])]);
    await markUndone(tx, id);
    return { decision: { ...publicView(decision), undone: true } };
  });
}

/**
 * Counts the changed topics again, lists their crux candidates afresh (claims moved between them), and sends their insights back through the related step: the
 * reasons on related lists name topics ("shares Sourdough starter"), so a curation leaves them stale.
 */
async function afterChange(tx: ManagedTransaction, slugs: readonly TopicSlug[]): Promise<void> {
  await recountTopics(tx, slugs);
  await relistTopicCruxes(tx, slugs);
  await queueTopicInsightsAgain(tx, slugs, RELATED);
}

function addSums(topic: TopicState, other: readonly number[] | null, count: number, sign: 1 | -1): TopicFields {
  if (!other) return {};
  if (!topic.centroidSum) return sign > 0 ? { centroidSum: [...other], centroidCount: count } : {};
  return { centroidSum: topic.centroidSum.map((x, i) => x + sign * (other[i] ?? 0)), centroidCount: Math.max(0, topic.centroidCount + sign * count) };
}
