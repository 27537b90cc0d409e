import type { LayoutAnswer, LayoutRequest } from "./fcoseLayout";
import type { LayoutEdge, LayoutPlan, Point, Positions } from "./layoutPlan";
import { layoutQuality, planLayout } from "./layoutPlan";
import { loadPositions, mergePositions, savePositions } from "./layoutStore";

export interface LayoutNode {
  readonly id: string;
  readonly size: number;
}

export interface LaidOut {
  readonly positions: Positions;
  readonly plan: LayoutPlan["kind"];
  /** Time fcose took, 0 when stored positions were reused. */
  readonly ms: number;
}

/**
 * Places a view's nodes: stored positions as they are, new nodes by fcose in a Web Worker (only
 * the new nodes and their placed neighbours when most of the graph is known), then remembers the
 * result for the next visit.
 */
export async function computeLayout(
  scope: string,
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  signal?: AbortSignal,
): Promise<LaidOut> {
  const stored = loadPositions(scope);
  const plan = planLayout(
    nodes.map((node) => node.id),
    edges,
    stored,
  );
  if (plan.kind === "preset") return { positions: plan.positions, plan: "preset", ms: 0 };

  const answer = await layOut(requestFor(plan, nodes, edges), signal);
  if (!answer.ok) throw new Error(`The layout failed: ${answer.message}`);
  const fresh = new Map(answer.positions);
  savePositions(scope, mergePositions(stored, fresh));
  const positions = new Map<string, Point>();
  for (const node of nodes) {
    const place = fresh.get(node.id) ?? stored.get(node.id);
    if (place) positions.set(node.id, place);
  }
  return { positions, plan: plan.kind, ms: answer.ms };
}

/** An incremental request holds only the new nodes and the placed nodes they touch. */
export function requestFor(plan: Exclude<LayoutPlan, { kind: "preset" }>, nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutRequest {
  if (plan.kind === "full") return { nodes, edges, fixed: [], seeds: [], quality: layoutQuality(nodes.length) };
  const missing = new Set(plan.missing);
  const involved = new Set(missing);
  for (const { source, target } of edges) {
    if (missing.has(source)) involved.add(target);
    if (missing.has(target)) involved.add(source);
  }
  const sub = nodes.filter((node) => involved.has(node.id));
  return {
    nodes: sub,
    edges: edges.filter((edge) => involved.has(edge.source) && involved.has(edge.target)),
    fixed: [...plan.fixed].filter(([id]) => involved.has(id)),
    seeds: [...plan.seeds],
    quality: layoutQuality(sub.length),
  };
}

function layOut(request: LayoutRequest, signal?: AbortSignal): Promise<LayoutAnswer> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return layOutHere(request);
  }
  return new Promise<LayoutAnswer>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(new DOMException("The layout was no longer needed.", "AbortError"));
    };
    signal?.addEventListener("abort", stop, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      signal?.removeEventListener("abort", stop);
      worker.terminate();
      resolve(event.data);
    };
    // A worker that cannot start (blocked, or an old browser) still gets the graph laid out.
    worker.onerror = (event) => {
      event.preventDefault();
      signal?.removeEventListener("abort", stop);
      worker.terminate();
      resolve(layOutHere(request));
    };
    worker.postMessage(request);
  });
}

async function layOutHere(request: LayoutRequest): Promise<LayoutAnswer> {
  const { runFcose } = await import("./fcoseLayout");
  return runFcose(request);
}
