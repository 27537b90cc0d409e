import type { Point } from "./layoutPlan";

export type Direction = "left" | "right" | "up" | "down";

export const directionOfKey: Readonly<Record<string, Direction>> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

/** A node as keyboard navigation sees it: where it is drawn, and how large it is. */
export interface PlacedGraphNode {
  readonly id: string;
  readonly position: Point;
  readonly size: number;
}

const unit: Readonly<Record<Direction, Point>> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  // Screen coordinates: y grows downwards.
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The node an arrow key moves to from `from`: among `candidates` (the node's neighbours first),
 * those lying within 60° of the arrow's direction, the nearest by distance weighted against
 * straying off the axis. Null when nothing lies that way.
 */
export function nodeInDirection(from: PlacedGraphNode, candidates: readonly PlacedGraphNode[], direction: Direction): string | null {
  const axis = unit[direction];
  let best: { id: string; cost: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const dx = candidate.position.x - from.position.x;
    const dy = candidate.position.y - from.position.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cos = (dx * axis.x + dy * axis.y) / distance;
    if (cos < 0.5) continue;
    const cost = distance / cos;
    if (!best || cost < best.cost || (cost === best.cost && candidate.id < best.id)) best = { id: candidate.id, cost };
  }
  return best?.id ?? null;
}

/**
 * Where keyboard focus goes on an arrow key: to a neighbour that way, else to any node that way
 * (so a node without links is still reachable). With nothing focused, the first arrow starts at
 * `start` (the selected node) or else the largest node.
 */
export function moveFocus(
  focused: string | null,
  direction: Direction,
  nodes: readonly PlacedGraphNode[],
  neighboursOf: (id: string) => readonly string[],
  start: string | null = null,
): string | null {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const from = focused ? byId.get(focused) : undefined;
  if (!from) {
    if (start && byId.has(start)) return start;
    return largest(nodes);
  }
  const neighbours = neighboursOf(from.id).flatMap((id) => byId.get(id) ?? []);
  return nodeInDirection(from, neighbours, direction) ?? nodeInDirection(from, nodes, direction) ?? from.id;
}

function largest(nodes: readonly PlacedGraphNode[]): string | null {
  let best: PlacedGraphNode | null = null;
  for (const node of nodes) if (!best || node.size > best.size || (node.size === best.size && node.id < best.id)) best = node;
  return best?.id ?? null;
}
