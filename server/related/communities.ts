import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { seededRandom } from "@shared/random";
import type { CommunityEdge } from "../repositories/communities";

/** A fixed seed: the same topic graph always gives the same partition. */
const SEED = 20_240_601;


/**
 * Louvain communities of the topic graph (modularity over the CO_OCCURS weights), as groups of
 * topic slugs. Nodes and edges are added in sorted order so the result does not depend on the
 * order the database returned them in.
 */
export function detectCommunities(topics: readonly string[], links: readonly CommunityEdge[]): string[][] {
  const graph = new Graph({ type: "undirected" });
  for (const slug of [...topics].sort()) graph.addNode(slug);
  const sorted = [...links].sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  for (const link of sorted) {
    if (link.source === link.target || link.weight <= 0) continue;
    if (!graph.hasNode(link.source) || !graph.hasNode(link.target)) continue;
    graph.mergeEdge(link.source, link.target, { weight: link.weight });
  }
  const assignment = louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(SEED) });
  const groups = new Map<number, string[]>();
  for (const [slug, community] of Object.entries(assignment)) {
    groups.set(community, [...(groups.get(community) ?? []), slug]);
  }
  return [...groups.values()].map((group) => group.sort());
}

/**
 * Gives each new group the id of the old community it overlaps most, so adding a source does not
 * renumber (and recolour) the themes a person already knows. Pairs are matched greedily, largest
 * overlap first; each old id goes to one group at most; groups left over get fresh ids.
 */
export function matchCommunities(groups: readonly string[][], previous: ReadonlyMap<string, number>): Map<string, number> {
  const pairs: { group: number; old: number; overlap: number }[] = [];
  groups.forEach((members, group) => {
    const counts = new Map<number, number>();
    for (const slug of members) {
      const old = previous.get(slug);
      if (old !== undefined) counts.set(old, (counts.get(old) ?? 0) + 1);
    }
    for (const [old, overlap] of counts) pairs.push({ group, old, overlap });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.old - b.old || a.group - b.group);
  const idOfGroup = new Map<number, number>();
  const taken = new Set<number>();
  for (const { group, old } of pairs) {
    if (idOfGroup.has(group) || taken.has(old)) continue;
    idOfGroup.set(group, old);
    taken.add(old);
  }
  let next = 0;
  for (const id of previous.values()) next = Math.max(next, id + 1);
  const order = groups
    .map((members, group) => ({ members, group }))
    .sort((a, b) => b.members.length - a.members.length || a.members[0]!.localeCompare(b.members[0]!));
  const result = new Map<string, number>();
  for (const { members, group } of order) {
    let id = idOfGroup.get(group);
    if (id === undefined) {
      while (taken.has(next)) next += 1;
      id = next;
      taken.add(id);
    }
    for (const slug of members) result.set(slug, id);
  }
  return result;
}
