import { useMemo } from "react";
import type { LayoutOptions, StylesheetJson } from "cytoscape";
import type { InsightPath } from "@shared/api/path";
import { GraphCanvas } from "../components/GraphCanvas";
import { pathElements } from "../graph/pathElements";
import { relationEdgeStyle } from "../graph/relationEdges";
import { neighbourhoodStyle } from "../graph/style";
import { RelationLegend } from "../relations/RelationLegend";

const pathStyle: StylesheetJson = [
  ...neighbourhoodStyle,
  { selector: "edge", style: { label: "data(label)", "font-size": 10, "font-style": "italic", "text-rotation": "autorotate", "text-margin-y": -8 } },
  // Again after the label rule above, so a typed step shows its relation's word.
  ...relationEdgeStyle,
];

interface PathGraphProps {
  readonly paths: readonly InsightPath[];
  readonly texts: ReadonlyMap<string, string>;
  readonly from: string;
  readonly to: string;
  readonly onOpen: (id: string) => void;
}

/** The paths as a small picture; the list beside it says the same in words. */
export function PathGraph({ paths, texts, from, to, onOpen }: PathGraphProps) {
  const { elements, positions } = useMemo(() => pathElements(paths, texts, from, to), [paths, texts, from, to]);
  const classes = useMemo(() => new Map(elements.map((element) => [String(element.data.id), String(element.classes ?? "")] as const)), [elements]);
  const layout = useMemo(() => ({ name: "preset", positions }) as LayoutOptions, [positions]);
  const relations = useMemo(() => paths.flatMap((path) => path.hops.map((hop) => hop.relation)), [paths]);
  const throughTopics = paths.some((path) => path.hops.some((hop) => hop.via === "topic"));
  return (
    <>
      <GraphCanvas
        elements={elements}
        classes={classes}
        style={pathStyle}
        layout={layout}
        testId="path-graph"
        label={`${paths.length} ${paths.length === 1 ? "path" : "paths"} from this insight to the other, left to right; the list holds the same steps.`}
        describeNode={(data) => String(data.text ?? data.label)}
        onSelectNode={(id) => id !== from && onOpen(id)}
      />
      <RelationLegend relations={relations} topicLinks={throughTopics ? "both about the topic named" : null} />
    </>
  );
}
