import type { StylesheetJson } from "cytoscape";
import { relationEdgeStyle } from "./relationEdges";

/** Colours match the CSS custom properties in styles.css; cytoscape can't read those. */
export const graphColour = {
  node: "#4f6bed",
  ring: "#1d2330",
  neighbour: "#2b8a3e",
  edge: "#9aa5b8",
  highlight: "#d9480f",
  pinned: "#9c36b5",
  label: "#1d2330",
  halo: "#ffffff",
} as const;

/** Label metrics in model px at zoom 1; `topicLabelStyle` scales them when zoomed out. */
const label = { font: 13, selectedFont: 15, outline: 3, margin: 4, maxWidth: 120 } as const;

/** Smallest label, in screen px, at any zoom. */
export const minLabelPixels = 12;
/** With labels by zoom, a node gets its label once it is this wide on screen. */
export const labelledNodePixels = 30;

/**
 * Labels that stay readable when the map is zoomed out to fit dozens of topics: below the
 * zoom where they would shrink under `minLabelPixels`, they grow in model space instead.
 * The scale moves in steps of 0.1, so zooming restyles the graph a few times, not every frame.
 * With `labelsByZoom` (big maps), only nodes wide enough on screen keep their label, plus the
 * selected topic and its neighbours, so zoomed out the map shows its largest topics by name.
 */
export function topicLabelStyle(zoom: number, labelsByZoom = false): StylesheetJson {
  const exact = zoom > 0 ? minLabelPixels / (label.font * zoom) : 1;
  const scale = Math.max(1, Math.round(exact * 10) / 10);
  const sheet: StylesheetJson = [
    {
      selector: "node",
      style: {
        "font-size": label.font * scale,
        "text-outline-width": label.outline * scale,
        "text-margin-y": label.margin * scale,
        "text-max-width": `${label.maxWidth * scale}px`,
      },
    },
    { selector: "node.selected", style: { "font-size": label.selectedFont * scale } },
  ];
  if (!labelsByZoom) return sheet;
  const smallest = Math.round(labelledNodePixels / Math.max(zoom, 0.05));
  return [
    ...sheet,
    { selector: `node[size < ${smallest}]`, style: { label: "" } },
    { selector: "node.selected, node.neighbour, node.match, node.hovered, node.pinned", style: { label: "data(label)" } },
  ];
}

/** Size, width and colour come from element data (see elements.ts), so the style has no numbers to sync. */
export const topicGraphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      "background-color": "data(colour)",
      label: "data(label)",
      color: graphColour.label,
      "font-family": "system-ui, sans-serif",
      "font-weight": 600,
      "text-valign": "bottom",
      "text-wrap": "wrap",
      // A white halo keeps labels readable where they cross edges.
      "text-outline-color": graphColour.halo,
      "transition-property": "opacity",
      "transition-duration": 150,
    },
  },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": graphColour.edge,
      "curve-style": "haystack",
      opacity: 0.55,
    },
  },
  // Selection is a ring and a larger label, not a colour: colour already means the theme.
  { selector: "node.selected", style: { "border-width": 5, "border-color": graphColour.ring, "z-index": 10 } },
  { selector: "node.neighbour", style: { "border-width": 3, "border-color": graphColour.neighbour } },
  { selector: "node.match", style: { "border-width": 3, "border-color": graphColour.highlight } },
  // A pinned topic (a saved view's, a tour step's) keeps a double ring whatever else is selected.
  { selector: "node.pinned", style: { "border-width": 6, "border-style": "double", "border-color": graphColour.pinned, "z-index": 15 } },
  { selector: "node.hovered", style: { "border-width": 3, "border-color": graphColour.ring, "z-index": 20 } },
  { selector: "edge.highlighted", style: { "line-color": graphColour.highlight, opacity: 0.9 } },
  { selector: ".faded", style: { opacity: 0.2 } },
  { selector: ".hidden", style: { display: "none" } },
  ...topicLabelStyle(1),
];

/**
 * A theme's insights: small dots coloured by topic membership are not needed here, so one colour;
 * labels (the claim's opening words) appear once zoomed in far enough to read them.
 */
export const insightGraphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      "background-color": graphColour.node,
      label: "data(label)",
      color: graphColour.label,
      "font-family": "system-ui, sans-serif",
      "font-size": 10,
      "min-zoomed-font-size": 9,
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "ellipsis",
      "text-max-width": "160px",
      "text-outline-color": graphColour.halo,
      "text-outline-width": 2,
    },
  },
  { selector: "edge", style: { width: "data(width)", "line-color": graphColour.edge, "curve-style": "haystack", opacity: 0.6 } },
  { selector: "node.selected", style: { "background-color": graphColour.highlight, "border-width": 4, "border-color": graphColour.ring, "font-size": 12, "min-zoomed-font-size": 0, "z-index": 10 } },
  { selector: "node.neighbour", style: { "border-width": 3, "border-color": graphColour.neighbour, "min-zoomed-font-size": 0 } },
  { selector: "node.expanded", style: { "border-width": 3, "border-style": "double", "border-color": graphColour.ring } },
  // A pinned insight (a saved theme view's) keeps its double ring and its label whatever else is selected.
  { selector: "node.pinned", style: { "border-width": 5, "border-style": "double", "border-color": graphColour.pinned, "min-zoomed-font-size": 0, "z-index": 15 } },
  { selector: "node.hovered", style: { "border-width": 3, "border-color": graphColour.ring, "min-zoomed-font-size": 0, "z-index": 20 } },
  { selector: "edge.highlighted", style: { "line-color": graphColour.highlight, opacity: 0.95 } },
  { selector: ".faded", style: { opacity: 0.25 } },
];

/** The small graph on an insight page: the insight, its related insights, the topics they share. */
export const neighbourhoodStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      color: graphColour.label,
      "font-family": "system-ui, sans-serif",
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "wrap",
      "text-max-width": "130px",
      "text-outline-color": graphColour.halo,
      "text-outline-width": 2,
    },
  },
  { selector: "node.insight", style: { "background-color": graphColour.node } },
  { selector: "node.focus", style: { "background-color": graphColour.highlight, "border-width": 4, "border-color": graphColour.ring, "font-weight": 700 } },
  { selector: "node.topic", style: { shape: "round-diamond", "background-color": graphColour.neighbour, "font-style": "italic" } },
  { selector: "node.hovered", style: { "border-width": 3, "border-color": graphColour.ring } },
  { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", opacity: 0.7 } },
  { selector: "edge.related", style: { "line-color": graphColour.node } },
  // Dotted, not dashed: a dashed line between two insights means a contradiction.
  { selector: "edge.shares", style: { "line-color": graphColour.neighbour, "line-style": "dotted", opacity: 0.5 } },
  ...relationEdgeStyle,
];
