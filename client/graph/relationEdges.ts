import type { StylesheetJson } from "cytoscape";
import type { RelationKind } from "@shared/schemas/entities";

/**
 * How a typed relation looks on a related edge. Each kind is told apart without colour, by its
 * line (dashed, thick, dotted), the bars across both ends of a contradiction and the word on the
 * line; the colour only repeats them. Relations are read both ways, so no end is an arrow.
 * The colours match `.relation-*` in styles.css.
 */
export const RELATION_EDGES: Readonly<
  Record<RelationKind, { colour: string; line: "solid" | "dashed" | "dotted"; width: number; ends: "tee" | "none"; label: string }>
> = {
  contradicts: { colour: "#9b2226", line: "dashed", width: 2.5, ends: "tee", label: "contradicts" },
  supports: { colour: "#2d6a4f", line: "solid", width: 4, ends: "none", label: "supports" },
  extends: { colour: "#3548b8", line: "solid", width: 2.5, ends: "none", label: "extends" },
  same: { colour: "#5b6475", line: "dotted", width: 3, ends: "none", label: "same claim" },
};

/** The class a related edge carries for its relation; plainly related edges carry none. */
export const relationClass = (relation: RelationKind | undefined): string => (relation ? ` relation-${relation}` : "");

/** Styles for `edge.related.relation-*`, after the base edge styles so they win. */
export const relationEdgeStyle: StylesheetJson = Object.entries(RELATION_EDGES).map(([relation, look]) => ({
  selector: `edge.related.relation-${relation}`,
  style: {
    "line-color": look.colour,
    "line-style": look.line,
    ...(look.line === "dashed" ? { "line-dash-pattern": [9, 5] } : {}),
    "source-arrow-shape": look.ends,
    "target-arrow-shape": look.ends,
    "source-arrow-color": look.colour,
    "target-arrow-color": look.colour,
    "arrow-scale": 1.3,
    width: look.width,
    opacity: 0.95,
    label: look.label,
    color: look.colour,
    "font-size": 10,
    "font-weight": 600,
    "text-rotation": "autorotate",
    "text-background-color": "#ffffff",
    "text-background-opacity": 0.85,
    "text-background-padding": "1px",
  },
}));
