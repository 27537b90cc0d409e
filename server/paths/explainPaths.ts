import type { InsightPath, PathHop } from "@shared/api/path";
import type { InsightId, TopicSlug } from "@shared/ids";
import type { TopicRef } from "@shared/schemas/entities";
import type { PathNodeRow, PathRow } from "../repositories/paths";

type InsightNode = Extract<PathNodeRow, { kind: "insight" }>;

export interface ExplainedPaths {
  readonly paths: InsightPath[];
  readonly insights: { id: InsightId; text: string }[];
}

/**
 * Turns raw shortest paths into explained ones, at most `k`: each step says why it holds; a path
 * that comes back to an insight (related links may be stored both ways) or has a shortcut is
 * dropped (A → B → C through a topic A is about as well says less than A → C); and paths through
 * the same insights by different topics become one step naming every topic.
 */
export function explainPaths(rows: readonly PathRow[], k: number): ExplainedPaths {
  const bySteps = new Map<string, { hops: PathHop[]; topics: TopicRef[][] }>();
  for (const row of rows) {
    const hops = toHops(row);
    if (!hops || revisits(row) || hasShortcut(hops, insightsOf(row))) continue;
    const key = hops.map((hop) => `${hop.from}>${hop.to}`).join(" ");
    const seen = bySteps.get(key);
    if (!seen) {
      if (bySteps.size < k) bySteps.set(key, { hops, topics: hops.map((hop) => (hop.topic ? [hop.topic] : [])) });
      continue;
    }
    // The same insights by another topic: the step holds for both, so say both.
    hops.forEach((hop, index) => {
      const known = seen.topics[index]!;
      if (hop.topic && seen.hops[index]!.via === "topic" && !known.some((topic) => topic.slug === hop.topic!.slug)) known.push(hop.topic);
    });
  }
  const paths = [...bySteps.values()].map(({ hops, topics }) => ({
    hops: hops.map((hop, index) => (hop.via === "topic" ? { ...hop, reason: bothAbout(topics[index]!) } : hop)),
  }));
  const texts = new Map<InsightId, string>();
  for (const row of rows) for (const node of insightsOf(row)) texts.set(node.id, node.text);
  const onPaths = new Set(paths.flatMap(({ hops }) => hops.flatMap((hop) => [hop.from, hop.to])));
  return { paths, insights: [...onPaths].map((id) => ({ id, text: texts.get(id) ?? "" })) };
}

const insightsOf = (row: PathRow) => row.nodes.filter((node): node is InsightNode => node.kind === "insight");

const bothAbout = (topics: readonly TopicRef[]) => `both about ${listed(topics.map((topic) => topic.name))}`;

function listed(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Hops from insight to insight; null for a path of another shape (it should not happen). */
function toHops(row: PathRow): PathHop[] | null {
  const hops: PathHop[] = [];
  let index = 0;
  while (index < row.nodes.length - 1) {
    const here = row.nodes[index]!;
    const next = row.nodes[index + 1]!;
    if (here.kind !== "insight") return null;
    if (next.kind === "insight") {
      const relation = row.relations[index];
      hops.push({ from: here.id, to: next.id, via: "related", topic: null, reason: row.reasons[index] ?? "related", ...(relation ? { relation } : {}) });
      index += 1;
      continue;
    }
    const after = row.nodes[index + 2];
    if (after?.kind !== "insight") return null;
    const topic = { slug: next.slug, name: next.name };
    hops.push({ from: here.id, to: after.id, via: "topic", topic, reason: bothAbout([topic]) });
    index += 2;
  }
  return hops;
}

/** True when the path passes an insight twice: A → B → A → C says no more than A → C. */
function revisits(row: PathRow): boolean {
  const ids = insightsOf(row).map((node) => node.id);
  return new Set(ids).size !== ids.length;
}

/** True when a topic step could start earlier or end later: another insight on the path is about it too. */
function hasShortcut(hops: readonly PathHop[], insights: readonly InsightNode[]): boolean {
  const topicsOf = new Map<InsightId, ReadonlySet<TopicSlug>>(insights.map((node) => [node.id, new Set(node.topics)]));
  return hops.some((hop) => {
    if (!hop.topic) return false;
    const slug = hop.topic.slug;
    return insights.some((node) => node.id !== hop.from && node.id !== hop.to && topicsOf.get(node.id)?.has(slug));
  });
}
