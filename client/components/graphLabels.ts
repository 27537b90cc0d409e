import type { Core, NodeSingular, StylesheetJson } from "cytoscape";
import { estimateLabelBox, overlappingLabels, type PlacedLabel } from "../graph/labelCollisions";

/** Nodes whose label would overlap a more important one's: hidden until hovered, focused or zoomed into room. */
export const labelHiddenClass = "label-hidden";

export const declutterStyle: StylesheetJson = [
  { selector: `node.${labelHiddenClass}`, style: { label: "" } },
  { selector: `node.${labelHiddenClass}.hovered, node.${labelHiddenClass}.selected, node.${labelHiddenClass}.keyboard-focus`, style: { label: "data(label)" } },
];

const standsOut = ["selected", "neighbour", "match", "hovered", "keyboard-focus"];

/**
 * Hides the labels that overlap a more important label at the current zoom (see
 * overlappingLabels); the most important are the selected, its neighbours and the largest nodes.
 */
export function declutterLabels(cy: Core): void {
  const previously = cy.nodes(`.${labelHiddenClass}`);
  cy.batch(() => previously.removeClass(labelHiddenClass));
  const zoom = cy.zoom();
  const labels: PlacedLabel[] = [];
  cy.nodes(":visible").forEach((node: NodeSingular) => {
    const text = String(node.style("label") ?? "");
    if (!text) return;
    const fontPx = parseFloat(String(node.style("font-size"))) * zoom;
    const maxWidth = parseFloat(String(node.style("text-max-width"))) * zoom;
    const { width, height } = estimateLabelBox(text, fontPx, maxWidth);
    const { x, y } = node.renderedPosition();
    const radius = node.renderedOuterHeight() / 2;
    labels.push({ id: node.id(), x, y: y + radius, width, height, priority: radius, always: standsOut.some((name) => node.hasClass(name)) });
  });
  const hidden = overlappingLabels(labels);
  cy.batch(() => {
    for (const id of hidden) cy.getElementById(id).addClass(labelHiddenClass);
  });
}

/** Declutters now and again after each zoom settles; returns a function that stops it. */
export function keepLabelsDecluttered(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => declutterLabels(cy), 120);
  };
  cy.on("zoom dragfree", later);
  declutterLabels(cy);
  return () => clearTimeout(timer);
}
