import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from "cytoscape";
import type { Point } from "../graph/layoutPlan";
import type { PlacedNode } from "../graph/viewport";

/** Viewport helpers of GraphCanvas: fitting, zooming, following the zoom with label styles. */

/**
 * Fits the graph, but a graph of a few nodes is not blown up past a comfortable reading size.
 * The padding leaves room for the zoom buttons over the bottom edge, which hid a label there.
 */
export const readableFit = { padding: 48, minZoom: 0.05, maxZoom: 1.4 } as const;

export function fitReadably(cy: Core) {
  cy.fit(undefined, readableFit.padding);
  if (cy.zoom() > readableFit.maxZoom) {
    cy.zoom(readableFit.maxZoom);
    cy.center();
  }
}

/** The stored places of a preset layout, or null for layouts cytoscape computes itself. */
export function presetPositions(layout: LayoutOptions): Readonly<Record<string, Point>> | null {
  return layout.name === "preset" && "positions" in layout && layout.positions && typeof layout.positions === "object"
    ? (layout.positions as Readonly<Record<string, Point>>)
    : null;
}

export function placedNodes(elements: readonly ElementDefinition[], positions: Readonly<Record<string, Point>>): PlacedNode[] {
  const placed: PlacedNode[] = [];
  for (const element of elements) {
    const position = positions[String(element.data.id)];
    if (position && element.group !== "edges") placed.push({ position, size: Number(element.data.size) || 0 });
  }
  return placed;
}

export function zoomBy(cy: Core | null, factor: number) {
  if (!cy) return;
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/**
 * Restyles on zoom, at most once a frame and only when the zoom style actually changes.
 * `applied` is the zoom style the graph was built with, if any; otherwise it is applied now.
 */
export function followZoom(cy: Core, style: StylesheetJson, zoomStyle: (zoom: number) => StylesheetJson, applied: string | null, after: StylesheetJson) {
  let frame = 0;
  const apply = () => {
    frame = 0;
    const extra = zoomStyle(cy.zoom());
    const key = JSON.stringify(extra);
    if (key === applied) return;
    applied = key;
    cy.style().fromJson([...style, ...extra, ...after]).update();
  };
  cy.on("zoom", () => {
    frame ||= requestAnimationFrame(apply);
  });
  cy.on("destroy", () => cancelAnimationFrame(frame));
  if (applied === null) apply();
}

/** Zooms to show these nodes (a theme opened from the legend), within the readable range. */
export function fitNodes(cy: Core, ids: readonly string[]) {
  const wanted = new Set(ids);
  const nodes = cy.nodes().filter((node) => wanted.has(node.id()));
  if (nodes.empty()) return;
  cy.fit(nodes, readableFit.padding);
  if (cy.zoom() > readableFit.maxZoom) {
    cy.zoom(readableFit.maxZoom);
    cy.center(nodes);
  }
}
