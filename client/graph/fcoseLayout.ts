import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { LayoutEdge, Point } from "./layoutPlan";

/** What the layout worker is asked: plain data, so it crosses `postMessage` as is. */
export interface LayoutRequest {
  readonly nodes: readonly { readonly id: string; readonly size: number }[];
  readonly edges: readonly LayoutEdge[];
  /** Nodes that keep their place; the others are placed around them. */
  readonly fixed: readonly (readonly [string, Point])[];
  /** Starting places of the nodes to place; with none, the layout starts from scratch. */
  readonly seeds: readonly (readonly [string, Point])[];
  readonly quality: "default" | "draft";
}

export type LayoutAnswer =
  | { readonly ok: true; readonly positions: readonly (readonly [string, Point])[]; readonly ms: number }
  | { readonly ok: false; readonly message: string };

let registered = false;

/**
 * Runs fcose headless (no DOM), so the same code serves the Web Worker and, where workers are
 * unavailable, the page itself. Returns the place of every requested node.
 */
export function runFcose(request: LayoutRequest): LayoutAnswer {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const started = performance.now();
  const ids = new Set(request.nodes.map((node) => node.id));
  const fixed = new Map(request.fixed);
  const seeds = new Map(request.seeds);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
    elements: [
      ...request.nodes.map((node) => ({
        group: "nodes" as const,
        data: { id: node.id, size: node.size },
        position: fixed.get(node.id) ?? seeds.get(node.id) ?? { x: 0, y: 0 },
      })),
      ...request.edges
        .filter((edge) => ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target)
        .map((edge, index) => ({ group: "edges" as const, data: { id: `e${index}`, source: edge.source, target: edge.target } })),
    ],
  });
  const incremental = request.seeds.length > 0;
  cy.layout({
    name: "fcose",
    // Incremental runs keep the given places, which fcose only honours at "proof" quality.
    quality: incremental ? "proof" : request.quality,
    randomize: !incremental,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    // Spacing for labelled nodes: labels are not measured in a worker, so the space is given here.
    // Tuned on the sample map: nearest neighbours ~160 px apart, enough for a wrapped label.
    nodeRepulsion: () => 200_000,
    idealEdgeLength: () => 200,
    edgeElasticity: () => 0.1,
    nodeSeparation: 140,
    gravity: 0.05,
    gravityRange: 5,
    packComponents: true,
    fixedNodeConstraint: incremental ? [...fixed].map(([nodeId, position]) => ({ nodeId, position })) : undefined,
  } as cytoscape.LayoutOptions).run();
  const positions = cy.nodes().map((node) => [node.id(), { ...node.position() }] as const);
  cy.destroy();
  return { ok: true, positions, ms: Math.round(performance.now() - started) };
}
