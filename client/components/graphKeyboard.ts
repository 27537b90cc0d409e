import type { Core, NodeSingular, StylesheetJson } from "cytoscape";
import { type PlacedGraphNode, directionOfKey, moveFocus } from "../graph/keyboardFocus";

/** The class of the node that has keyboard focus, and how it looks: a thick ring in the focus colour. */
export const keyboardFocusClass = "keyboard-focus";
export const keyboardFocusStyle: StylesheetJson = [
  {
    selector: `node.${keyboardFocusClass}`,
    // A border and a halo: a border alone shrinks with the zoom to a hairline on a big map.
    style: {
      "border-width": 6,
      "border-color": "#d9480f",
      "border-opacity": 1,
      "overlay-color": "#d9480f",
      "overlay-opacity": 0.35,
      "overlay-padding": 10,
      "z-index": 9999,
      "font-weight": "bold",
    },
  },
];

const panStep = 60;

export interface GraphKeyActions {
  readonly focused: () => string | null;
  /** Moves keyboard focus to a node (null: none) and says so. */
  readonly focus: (id: string | null) => void;
  readonly open: (id: string) => void;
  /** The node focus starts from when none has it yet (the selected one), if any. */
  readonly start: () => string | null;
  readonly fit: () => void;
}

/**
 * What a key does on the graph: arrows move focus between a node's neighbours (the nearest the
 * arrow's way), Enter opens the focused node, Escape leaves it; Shift+arrows pan, + and − zoom,
 * 0 fits. Returns whether the key was the graph's.
 */
export function handleGraphKey(cy: Core, key: string, shift: boolean, actions: GraphKeyActions): boolean {
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const direction = directionOfKey[key];
  if (direction && shift) {
    const by = { left: { x: panStep, y: 0 }, right: { x: -panStep, y: 0 }, up: { x: 0, y: panStep }, down: { x: 0, y: -panStep } }[direction];
    cy.panBy(by);
    return true;
  }
  if (direction) {
    const nodes: PlacedGraphNode[] = cy.nodes(":visible").map((node) => ({ id: node.id(), position: node.renderedPosition(), size: Number(node.data("size")) || 0 }));
    const neighboursOf = (id: string) => linkedNodes(cy.getElementById(id) as NodeSingular).map((node) => node.id());
    const next = moveFocus(actions.focused(), direction, nodes, neighboursOf, actions.start());
    if (next) {
      actions.focus(next);
      bringIntoView(cy, cy.getElementById(next) as NodeSingular);
    }
    return true;
  }
  const focused = actions.focused();
  switch (key) {
    case "Enter":
    case " ":
      if (!focused) return false;
      actions.open(focused);
      return true;
    case "Escape":
      if (!focused) return false;
      actions.focus(null);
      return true;
    case "+":
    case "=":
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
      return true;
    case "-":
      cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
      return true;
    case "0":
      actions.fit();
      return true;
    default:
      return false;
  }
}

/** Pans just enough to show a node that is off screen or under an edge. */
function bringIntoView(cy: Core, node: NodeSingular) {
  const margin = 60;
  const { x, y } = node.renderedPosition();
  const dx = x < margin ? margin - x : x > cy.width() - margin ? cy.width() - margin - x : 0;
  const dy = y < margin ? margin - y : y > cy.height() - margin ? cy.height() - margin - y : 0;
  if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
}

/** What a screen reader hears when focus lands on a node. */
export function describeFocus(node: NodeSingular, describe: (data: Record<string, unknown>) => string): string {
  const linked = linkedNodes(node).length;
  return `${describe(node.data() as Record<string, unknown>)}. ${linked} linked; arrows move between them, Enter opens.`;
}

/** The nodes a node is linked to by a link that is drawn (links under the weight slider are not). */
function linkedNodes(node: NodeSingular) {
  return node.connectedEdges(":visible").connectedNodes(":visible").difference(node);
}
