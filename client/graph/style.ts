import type { CoseLayoutOptions, StylesheetJson } from "cytoscape";

/** Colours match the CSS custom properties in styles.css; cytoscape can't read those. */
const colour = {
  node: "#4f6bed",
  selected: "#d9480f",
  neighbour: "#2b8a3e",
  edge: "#9aa5b8",
  label: "#1d2330",
  halo: "#ffffff",
} as const;

/** Label metrics in model px at zoom 1; `topicLabelStyle` scales them when zoomed out. */
const label = { font: 13, selectedFont: 15, outline: 3, margin: 4, maxWidth: 120 } as const;

/** Smallest label, in screen px, at any zoom. */
export const minLabelPixels = 12;

/**
 * Labels that stay readable when the map is zoomed out to fit dozens of topics: below the
 * zoom where they would shrink under `minLabelPixels`, they grow in model space instead.
 * The scale moves in steps of 0.1, so zooming restyles the graph a few times, not every frame.
 */
export function topicLabelStyle(zoom: number): StylesheetJson {
  const exact = zoom > 0 ? minLabelPixels / (label.font * zoom) : 1;
  const scale = Math.max(1, Math.round(exact * 10) / 10);
  return [
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
}

/** Size and width come from element data (see elements.ts), so the style has no numbers to sync. */
export const topicGraphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      "background-color": colour.node,
      label: "data(label)",
      color: colour.label,
      "font-family": "system-ui, sans-serif",
      "font-weight": 600,
      "text-valign": "bottom",
      "text-wrap": "wrap",
      // A white halo keeps labels readable where they cross edges.
      "text-outline-color": colour.halo,
      "transition-property": "opacity, background-color",
      "transition-duration": 150,
    },
  },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": colour.edge,
      "curve-style": "haystack",
      opacity: 0.55,
    },
  },
  { selector: "node.selected", style: { "background-color": colour.selected } },
  { selector: "node.neighbour", style: { "background-color": colour.neighbour } },
  { selector: "node.match", style: { "border-width": 3, "border-color": colour.selected } },
  { selector: "edge.highlighted", style: { "line-color": colour.selected, opacity: 0.9 } },
  { selector: ".faded", style: { opacity: 0.25 } },
  ...topicLabelStyle(1),
];

/** `cose` ships with cytoscape; spacing tuned for labelled nodes up to nodeSize.max. */
export const topicGraphLayout: CoseLayoutOptions = {
  name: "cose",
  animate: false,
  randomize: true,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: () => 100,
  nodeRepulsion: () => 40_000,
  gravity: 1.5,
  componentSpacing: 80,
  padding: 24,
};
