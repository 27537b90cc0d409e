import type { Point } from "./layoutPlan";

export interface Viewport {
  readonly zoom: number;
  readonly pan: Point;
}

export interface PlacedNode {
  readonly position: Point;
  /** Diameter in model px. */
  readonly size: number;
}

export interface FitOptions {
  readonly width: number;
  readonly height: number;
  readonly padding: number;
  readonly minZoom: number;
  /** A graph of a few nodes is not blown up past a comfortable reading size. */
  readonly maxZoom: number;
}

/**
 * The zoom and pan that fit placed nodes into a box, computed from positions alone. Cytoscape's
 * own `fit` measures every label first, which took a second on a 500-topic map; labels hang
 * below their nodes within the padding, so nodes alone are a close enough box.
 */
export function fitViewport(nodes: readonly PlacedNode[], options: FitOptions): Viewport {
  const { width, height, padding, minZoom, maxZoom } = options;
  if (nodes.length === 0 || width <= 0 || height <= 0) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position, size } of nodes) {
    minX = Math.min(minX, position.x - size / 2);
    maxX = Math.max(maxX, position.x + size / 2);
    minY = Math.min(minY, position.y - size / 2);
    maxY = Math.max(maxY, position.y + size / 2);
  }
  const room = { w: Math.max(1, width - 2 * padding), h: Math.max(1, height - 2 * padding) };
  const fitted = Math.min(room.w / Math.max(1, maxX - minX), room.h / Math.max(1, maxY - minY));
  const zoom = Math.min(maxZoom, Math.max(minZoom, fitted));
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  return { zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } };
}
