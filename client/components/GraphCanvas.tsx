import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from "cytoscape";
import { Problem } from "./Status";

interface GraphCanvasProps {
  /** A new array redraws and re-lays the graph out; keep it memoised. */
  readonly elements: readonly ElementDefinition[];
  /** Classes per element id; changing them only restyles, the layout stays put. */
  readonly classes: ReadonlyMap<string, string>;
  readonly style: StylesheetJson;
  /** Style that depends on zoom, appended to `style`; equal results are not reapplied. */
  readonly zoomStyle?: (zoom: number) => StylesheetJson;
  readonly layout: LayoutOptions;
  /** Says what the picture shows, for people who can't see it. */
  readonly label: string;
  readonly onSelectNode: (id: string) => void;
  readonly onClearSelection: () => void;
}

type CanvasState = { readonly status: "drawing" | "ready" } | { readonly status: "failed"; readonly error: unknown };

/**
 * The only place cytoscape is used. It is imported on first render, so pages without a graph
 * never download it.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, classes, style, zoomStyle, layout, label } = props;
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | null>(null);
  const [state, setState] = useState<CanvasState>({ status: "drawing" });

  const selectNode = useEffectEvent((id: string) => props.onSelectNode(id));
  const clearSelection = useEffectEvent(() => props.onClearSelection());
  const applyClasses = useEffectEvent((cy: Core) => {
    cy.batch(() => cy.elements().forEach((element) => void element.classes(classes.get(element.id()) ?? "")));
  });

  useEffect(() => {
    let cy: Core | null = null;
    let cancelled = false;
    const host = container.current;
    setState({ status: "drawing" });

    import("cytoscape").then(
      ({ default: cytoscape }) => {
        if (cancelled || !host) return;
        const core = cytoscape({
          container: host,
          // Cytoscape keeps and mutates what it is given; the caller's elements stay untouched.
          elements: elements.map((element) => ({ ...element, data: { ...element.data } })),
          style,
          // Selection is explorer state, owned by the page; cytoscape's own would compete.
          autounselectify: true,
          boxSelectionEnabled: false,
          minZoom: 0.1,
          maxZoom: 4,
        });
        cy = core;
        core.on("tap", "node", (event) => selectNode(String(event.target.id())));
        core.on("tap", (event) => {
          if (event.target === core) clearSelection();
        });
        core.on("mouseover", "node", () => host.classList.add("pointing"));
        core.on("mouseout", "node", () => host.classList.remove("pointing"));
        if (zoomStyle) followZoom(core, style, zoomStyle);
        applyClasses(core);
        core.one("layoutstop", () => {
          if (!cancelled) setState({ status: "ready" });
        });
        graph.current = core;
        core.layout(layout).run();
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: "failed", error });
      },
    );

    // The canvas does not notice its box changing size (e.g. a panel opening) on its own.
    const resize = new ResizeObserver(() => graph.current?.resize());
    if (host) resize.observe(host);
    return () => {
      cancelled = true;
      resize.disconnect();
      cy?.destroy();
      graph.current = null;
    };
  }, [elements, style, zoomStyle, layout]);

  useEffect(() => {
    if (graph.current) applyClasses(graph.current);
  }, [classes]);

  return (
    <div className="graph-canvas-frame">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={label}
        data-testid="topic-graph"
        data-state={state.status}
      />
      {state.status === "drawing" ? <p className="graph-canvas-note">Drawing the topic map…</p> : null}
      {state.status === "failed" ? <Problem error={state.error} /> : null}
      {state.status === "ready" ? (
        <button type="button" className="graph-canvas-fit" onClick={() => graph.current?.fit(undefined, 24)}>
          Fit to screen
        </button>
      ) : null}
    </div>
  );
}

/** Restyles on zoom, at most once a frame and only when the zoom style actually changes. */
function followZoom(cy: Core, style: StylesheetJson, zoomStyle: (zoom: number) => StylesheetJson) {
  let applied = "";
  let frame = 0;
  const apply = () => {
    frame = 0;
    const extra = zoomStyle(cy.zoom());
    const key = JSON.stringify(extra);
    if (key === applied) return;
    applied = key;
    cy.style().fromJson([...style, ...extra]).update();
  };
  cy.on("zoom", () => {
    frame ||= requestAnimationFrame(apply);
  });
  cy.on("destroy", () => cancelAnimationFrame(frame));
  cy.on("layoutstop", apply);
}
