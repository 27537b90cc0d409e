import type { ViewNode } from "@shared/api/views";
import { PinControls } from "./PinControls";
import { SavedViewsPanel } from "./SavedViewsPanel";
import type { GraphView } from "./useGraphView";

interface Props {
  readonly graphView: GraphView;
  /** What the graph's nodes are: "topic" on the map, "insight" on a theme's graph. */
  readonly noun: string;
  readonly selected: { readonly id: ViewNode; readonly label: string } | null;
  readonly labelOf: (id: ViewNode) => string;
}

/** Beside a graph: what was wrong with its link's view, its pins, and its saved views. */
export function ViewTools({ graphView, noun, selected, labelOf }: Props) {
  return (
    <>
      {graphView.problem ? (
        <p className="field-problem" role="status" data-testid="view-problem">
          {graphView.problem}
        </p>
      ) : null}
      <PinControls pinned={graphView.view.pinned} noun={noun} selected={selected} labelOf={labelOf} onChange={graphView.setPinned} />
      <SavedViewsPanel current={graphView.current} onLink={graphView.link} />
    </>
  );
}
