import type { Graph } from "@shared/schemas/entities";
import { seededRandom } from "@shared/random";

/**
 * Synthetic graphs for the client benchmark: random graphs with twice as many edges as nodes,
 * seeded so every run draws the same picture.
 */
export function syntheticTopicGraph(topics: number, seed = 7): Graph {
  const random = seededRandom(seed);
  const communities = Math.max(1, Math.round(topics / 40));
  const nodes = Array.from({ length: topics }, (_, rank) => ({
    id: `bench-topic-${rank}`,
    label: `Bench topic ${rank}`,
    insightCount: Math.max(1, Math.round(400 / (rank + 1))),
    community: rank % communities,
  }));
  const edges = new Map<string, { source: string; target: string; weight: number }>();
  while (edges.size < topics * 2) {
    const a = Math.floor(random() * topics);
    // Mostly within a theme, as real co-occurrence is.
    const b = random() < 0.7 ? (a + communities * (1 + Math.floor(random() * 5))) % topics : Math.floor(random() * topics);
    if (a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    edges.set(`${source}-${target}`, { source: `bench-topic-${source}`, target: `bench-topic-${target}`, weight: Math.round(random() * 100) / 100 });
  }
  return {
    nodes,
    edges: [...edges.values()],
    total: topics,
    communities: Array.from({ length: communities }, (_, id) => ({ id, label: `Theme ${id}`, topicCount: nodes.filter((n) => n.community === id).length })),
  };
}

/** A theme of `insights` insights with related links, served page by page like GET /api/graph/insights. */
export function syntheticThemeGraph(insights: number, seed = 11): Graph {
  const random = seededRandom(seed);
  const id = (n: number) => n.toString(16).padStart(32, "0");
  const nodes = Array.from({ length: insights }, (_, n) => ({
    id: id(n),
    label: `Bench insight ${n}: open models adapted to local data and run on local hardware`,
    insightCount: 1,
    kind: "insight" as const,
  }));
  const edges = new Map<string, { source: string; target: string; weight: number }>();
  while (edges.size < insights * 2) {
    const a = Math.floor(random() * insights);
    // Near neighbours in the ranking, so a page's insights are linked among themselves.
    const b = Math.min(insights - 1, Math.max(0, a + Math.floor((random() - 0.5) * 60)));
    if (a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    edges.set(`${source}-${target}`, { source: id(source), target: id(target), weight: Math.round(random() * 100) / 100 });
  }
  return { nodes, edges: [...edges.values()] };
}

/**
 * One page of a theme as GET /api/graph/insights answers it: the page's insights, the edges among
 * them and from them to insights on earlier pages, and the theme's total.
 */
export function themePage(graph: Graph, offset: number, limit: number): Graph {
  const nodes = graph.nodes.slice(offset, offset + limit);
  const rank = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const onPageOrBefore = (id: string) => (rank.get(id) ?? Infinity) < offset + limit;
  const onPage = (id: string) => (rank.get(id) ?? -1) >= offset && onPageOrBefore(id);
  return {
    nodes,
    edges: graph.edges.filter((edge) => (onPage(edge.source) || onPage(edge.target)) && onPageOrBefore(edge.source) && onPageOrBefore(edge.target)),
    total: graph.nodes.length,
  };
}
