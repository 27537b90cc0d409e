/** A node's place in model coordinates, as cytoscape's preset layout takes it. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Positions = ReadonlyMap<string, Point>;

export interface LayoutEdge {
  readonly source: string;
  readonly target: string;
}

/**
 * What a view has to lay out: `preset` when every node has a stored place (nothing moves between
 * visits), `full` when none has, `incremental` when only some are new. New nodes start beside
 * their placed neighbours, so an incremental layout only has to settle them.
 */
export type LayoutPlan =
  | { readonly kind: "preset"; readonly positions: Positions }
  | { readonly kind: "full"; readonly missing: readonly string[] }
  | {
      readonly kind: "incremental";
      readonly fixed: Positions;
      readonly seeds: Positions;
      readonly missing: readonly string[];
    };

/** Largest graph fcose lays out at its default quality; above it the spectral draft is used. */
export const refinedLayoutLimit = 300;

export const layoutQuality = (nodeCount: number): "default" | "draft" =>
  nodeCount <= refinedLayoutLimit ? "default" : "draft";

export function planLayout(nodeIds: readonly string[], edges: readonly LayoutEdge[], stored: Positions): LayoutPlan {
  const fixed = new Map<string, Point>();
  const missing: string[] = [];
  for (const id of nodeIds) {
    const place = stored.get(id);
    if (place) fixed.set(id, place);
    else missing.push(id);
  }
  if (missing.length === 0) return { kind: "preset", positions: fixed };
  // A handful of known places among many new nodes would only pin the layout in odd spots.
  if (fixed.size < Math.max(2, missing.length / 4)) return { kind: "full", missing };
  return { kind: "incremental", fixed, seeds: seedNearNeighbours(missing, edges, fixed), missing };
}

/**
 * Starting places for new nodes: the middle of their placed neighbours, nudged apart so two new
 * nodes never start on the same spot; a node with no placed neighbour starts on a ring outside
 * the drawing, where it disturbs nothing.
 */
export function seedNearNeighbours(missing: readonly string[], edges: readonly LayoutEdge[], placed: Positions): Positions {
  const neighbours = new Map<string, Point[]>();
  for (const { source, target } of edges) {
    const a = placed.get(source);
    const b = placed.get(target);
    if (b && !a) neighbours.set(source, [...(neighbours.get(source) ?? []), b]);
    if (a && !b) neighbours.set(target, [...(neighbours.get(target) ?? []), a]);
  }
  const bounds = boundsOf([...placed.values()]);
  const centre = { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2 };
  const radius = Math.max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY) / 2 + 80;

  const seeds = new Map<string, Point>();
  missing.forEach((id, index) => {
    // The golden angle spreads successive nodes evenly without a random generator.
    const angle = index * 2.399963;
    const around = neighbours.get(id);
    if (around && around.length > 0) {
      const x = around.reduce((sum, p) => sum + p.x, 0) / around.length;
      const y = around.reduce((sum, p) => sum + p.y, 0) / around.length;
      const nudge = 30 + (index % 5) * 6;
      seeds.set(id, { x: x + Math.cos(angle) * nudge, y: y + Math.sin(angle) * nudge });
    } else {
      seeds.set(id, { x: centre.x + Math.cos(angle) * radius, y: centre.y + Math.sin(angle) * radius });
    }
  });
  return seeds;
}

function boundsOf(points: readonly Point[]) {
  if (points.length === 0) return { minX: 0, maxX: 0, minY: 0, maxY: 0 };
  return {
    minX: Math.min(...points.map((p) => p.x)),
    maxX: Math.max(...points.map((p) => p.x)),
    minY: Math.min(...points.map((p) => p.y)),
    maxY: Math.max(...points.map((p) => p.y)),
  };
}
