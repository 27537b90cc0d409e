import { useMemo } from "react";
import type { LayoutOptions, StylesheetJson } from "cytoscape";
import type { InsightPath } from "@shared/api/path";
import { GraphCanvas } from "../components/GraphCanvas";
import { pathElements } from "../graph/pathElements";
import { neighbourhoodStyle } from "../graph/style";

const pathStyle: StylesheetJson = [
  ...neighbourhoodStyle,
  { selector: "edge", style: { label: "data(label)", "font-size": 10, "font-style": "italic", "text-rotation": "autorotate", "text-margin-y": -8 } },
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
  return (
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
  );
}
