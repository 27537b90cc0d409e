import type { ElementDefinition } from "cytoscape";
import type { InsightPath } from "@shared/api/path";
import type { Point } from "./layoutPlan";
import { shortLabel } from "./insightElements";
import { relationClass } from "./relationEdges";

const columnGap = 190;
const rowGap = 90;

/**
 * The paths between two insights as a small graph: the start on the left, the end on the right,
 * each path on its own row in between, so the picture reads like the list beside it. An insight
 * on two paths stays where its first path put it. Topic steps are dotted and named on the line;
 * a related step with a typed relation is drawn as that relation (relationEdges.ts).
 */
export function pathElements(
  paths: readonly InsightPath[],
  texts: ReadonlyMap<string, string>,
  from: string,
  to: string,
): { elements: ElementDefinition[]; positions: Record<string, Point> } {
  const longest = Math.max(1, ...paths.map((path) => path.hops.length));
  const middleRow = ((paths.length - 1) * rowGap) / 2;
  const positions: Record<string, Point> = { [from]: { x: 0, y: middleRow }, [to]: { x: longest * columnGap, y: middleRow } };
  const edges = new Map<string, ElementDefinition>();
  paths.forEach((path, row) => {
    // Spread a short path's steps over the same width as the longest.
    const step = (longest * columnGap) / path.hops.length;
    path.hops.forEach((hop, index) => {
      if (!positions[hop.to]) positions[hop.to] = { x: Math.round((index + 1) * step), y: row * rowGap };
      const id = `${hop.from}->${hop.to}`;
      if (!edges.has(id)) {
        edges.set(id, {
          group: "edges",
          classes: hop.via === "topic" ? "shares" : `related${relationClass(hop.relation)}`,
          data: { id, source: hop.from, target: hop.to, width: 2, label: hop.topic?.name ?? "" },
        });
      }
    });
  });
  const nodes: ElementDefinition[] = Object.keys(positions).map((id) => ({
    group: "nodes",
    classes: id === from || id === to ? "focus" : "insight",
    data: { id, label: shortLabel(texts.get(id) ?? id, 30), text: texts.get(id) ?? id, size: id === from || id === to ? 28 : 20 },
  }));
  return { elements: [...nodes, ...edges.values()], positions };
}
