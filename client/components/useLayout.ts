import { useEffect, useState } from "react";
import type { ElementDefinition, LayoutOptions } from "cytoscape";
import type { LaidOut, LayoutNode } from "../graph/computeLayout";
import { computeLayout } from "../graph/computeLayout";
import type { LayoutEdge, Point } from "../graph/layoutPlan";
import { loadPositions, mergePositions, savePositions } from "../graph/layoutStore";

export type LayoutState =
  | { readonly status: "laying-out"; readonly nodeCount: number }
  | { readonly status: "ready"; readonly layout: LayoutOptions; readonly laidOut: LaidOut }
  | { readonly status: "failed"; readonly error: unknown };

/**
 * Positions for a graph view, computed once per node in a worker and reused on later visits.
 * `key` names the node set (e.g. the sorted ids' count and the scope); a new key lays out again.
 */
export function useLayout(scope: string, key: string, nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutState {
  const [state, setState] = useState<{ for: string; state: LayoutState } | null>(null);
  const current = `${scope}|${key}`;

  useEffect(() => {
    const controller = new AbortController();
    computeLayout(scope, nodes, edges, controller.signal).then(
      (laidOut) => {
        if (controller.signal.aborted) return;
        const positions = Object.fromEntries(laidOut.positions);
        setState({ for: current, state: { status: "ready", laidOut, layout: { name: "preset", positions } as LayoutOptions } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ for: current, state: { status: "failed", error } });
      },
    );
    return () => controller.abort();
    // NOTE: `current` names the node set; the arrays are new on every render of their owner.
  }, [current]);

  return state?.for === current ? state.state : { status: "laying-out", nodeCount: nodes.length };
}

/** Remembers a node the researcher dragged, so it stays where they put it. */
export function rememberMove(scope: string, id: string, position: Point): void {
  savePositions(scope, mergePositions(loadPositions(scope), new Map([[id, position]])));
}

/** A key for a node set that changes whenever a node comes or goes. */
export function nodeSetKey(ids: readonly string[]): string {
  let hash = 0;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) hash = (Math.imul(hash, 31) + id.charCodeAt(i)) | 0;
    hash = (Math.imul(hash, 31) + 7) | 0;
  }
  return `${ids.length}:${(hash >>> 0).toString(36)}`;
}

export interface Drawing {
  readonly elements: readonly ElementDefinition[];
  readonly layout: LayoutOptions;
}

/**
 * The last elements that have positions: while new nodes (a page, an expansion) are being placed,
 * the graph stays on screen as it was instead of blinking out.
 */
export function useDrawing(elements: readonly ElementDefinition[], layout: LayoutState): Drawing | null {
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  const ready = layout.status === "ready" ? layout.layout : null;
  useEffect(() => {
    if (ready) setDrawing({ elements, layout: ready });
    // NOTE: `elements` is read when its layout arrives; the layout is computed for exactly those.
  }, [ready]);
  return drawing;
}
