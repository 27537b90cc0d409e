import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import type { Core, ElementDefinition, LayoutOptions, NodeSingular, StylesheetJson } from "cytoscape";
import type { Point } from "../graph/layoutPlan";
import type { RenderPlan } from "../graph/renderPlan";
import { fitViewport, type Viewport } from "../graph/viewport";
import { describeFocus, handleGraphKey, keyboardFocusClass, keyboardFocusStyle } from "./graphKeyboard";
import { declutterLabels, declutterStyle, keepLabelsDecluttered } from "./graphLabels";
import { GraphTooltip, type Hover } from "./GraphTooltip";
import { fitNodes, fitReadably, followZoom, placedNodes, presetPositions, readableFit, zoomBy } from "./graphViewport";
import { Problem } from "./Status";

interface GraphCanvasProps {
  /** A new array redraws the graph; keep it memoised. The viewport is kept across redraws. */
  readonly elements: readonly ElementDefinition[];
  /** Classes per element id; changing them only restyles, the layout stays put. */
  readonly classes: ReadonlyMap<string, string>;
  readonly style: StylesheetJson;
  /** Style that depends on zoom, appended to `style`; equal results are not reapplied. */
  readonly zoomStyle?: (zoom: number) => StylesheetJson;
  /** Usually `preset` with positions computed once (see graph/computeLayout.ts). */
  readonly layout: LayoutOptions;
  readonly renderPlan?: RenderPlan;
  /** Nodes to zoom to when this changes (a theme opened from the legend); null leaves the view alone. */
  readonly fitTo?: readonly string[] | null;
  /** A zoom and pan to show (a saved view); applied when it changes, and wins over fitting on a first draw. */
  readonly viewport?: Viewport | null;
  /** Told of every zoom and pan, so the page can save the view as it is. */
  readonly onViewport?: (viewport: Viewport) => void;
  /** A link tapped: its two ends. */
  readonly onSelectEdge?: (source: string, target: string) => void;
  /** Hide labels that would overlap a more important one (the topic map). */
  readonly declutter?: boolean;
  /** Says what the picture shows, for people who can't see it. */
  readonly label: string;
  readonly testId?: string;
  /** Tooltip text for a node, from its element data. */
  readonly describeNode?: (data: Readonly<Record<string, unknown>>) => string;
  readonly onSelectNode: (id: string) => void;
  readonly onClearSelection?: () => void;
  /** A node dragged to a new place, so the view can remember it. */
  readonly onNodeMoved?: (id: string, position: Point) => void;
}

type CanvasState = { readonly status: "drawing" | "ready" } | { readonly status: "failed"; readonly error: unknown };

/** The container carries its core for tools (the client benchmark, browser tests); the app never reads it. */
export type GraphHost = HTMLDivElement & { cytoscape?: Core };

/** Starts downloading cytoscape early, e.g. while a scene's data is still on its way. */
export const preloadGraphLibrary = () => void import("cytoscape");

/**
 * The only place cytoscape is used. It is imported on first render, so pages without a graph
 * never download it. Keyboard: arrows pan, + and − zoom, 0 fits.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, classes, style, zoomStyle, layout, label, renderPlan, declutter = false, testId = "graph" } = props;
  const extraStyle = declutter ? [...declutterStyle, ...keyboardFocusStyle] : keyboardFocusStyle;
  const container = useRef<GraphHost>(null);
  const graph = useRef<Core | null>(null);
  const viewport = useRef<{ zoom: number; pan: Point } | null>(null);
  const [state, setState] = useState<CanvasState>({ status: "drawing" });
  const [hover, setHover] = useState<Hover | null>(null);
  // The node with keyboard focus (a ring on the canvas), and what was said about it.
  const focusedNode = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const selectNode = useEffectEvent((id: string) => props.onSelectNode(id));
  const selectEdge = useEffectEvent((source: string, target: string) => props.onSelectEdge?.(source, target));
  const clearSelection = useEffectEvent(() => props.onClearSelection?.());
  const viewportMoved = useEffectEvent((cy: Core) => props.onViewport?.({ zoom: cy.zoom(), pan: { ...cy.pan() } }));
  const nodeMoved = useEffectEvent((id: string, position: Point) => props.onNodeMoved?.(id, position));
  const describe = useEffectEvent((data: Readonly<Record<string, unknown>>) =>
    props.describeNode ? props.describeNode(data) : String(data.label ?? ""),
  );
  const currentClasses = useEffectEvent(() => classes);
  const applyClasses = useEffectEvent((cy: Core) => {
    cy.batch(() => cy.elements().forEach((element) => void element.classes(classes.get(element.id()) ?? "")));
    if (focusedNode.current) cy.getElementById(focusedNode.current).addClass(keyboardFocusClass);
    if (declutter) declutterLabels(cy);
  });

  useEffect(() => {
    let cy: Core | null = null;
    let cancelled = false;
    let stopDecluttering = () => {};
    const host = container.current;
    setState({ status: "drawing" });
    setHover(null);

    import("cytoscape").then(
      ({ default: cytoscape }) => {
        if (cancelled || !host) return;
        const positions = presetPositions(layout);
        // A redraw (more nodes, an expanded node) keeps the researcher's zoom and place; a first
        // draw of placed nodes fits them without asking cytoscape to measure every label.
        const initial =
          viewport.current ??
          props.viewport ??
          (positions ? fitViewport(placedNodes(elements, positions), { width: host.clientWidth, height: host.clientHeight, ...readableFit }) : null);
        const zoomed = zoomStyle && initial ? zoomStyle(initial.zoom) : [];
        const classOf = currentClasses();
        const core = cytoscape({
          container: host,
          // One pass: positions, classes and the zoom's label style go in with the elements, so
          // nothing is laid out, restyled or measured again once they are there.
          // Cytoscape keeps and mutates what it is given; the caller's elements stay untouched.
          elements: elements.map((element) => {
            const id = String(element.data.id);
            const position = positions?.[id];
            return { ...element, data: { ...element.data }, classes: classOf.get(id) ?? element.classes ?? "", ...(position ? { position: { ...position } } : {}) };
          }),
          style: [...style, ...zoomed, ...extraStyle],
          layout: positions ? { name: "preset", fit: false } : ({ ...layout, fit: false } as LayoutOptions),
          ...(initial ? { zoom: initial.zoom, pan: { ...initial.pan } } : {}),
          // Selection is view state, owned by the page; cytoscape's own would compete.
          autounselectify: true,
          boxSelectionEnabled: false,
          minZoom: readableFit.minZoom,
          maxZoom: 4,
          webgl: renderPlan?.webgl ?? false,
          textureOnViewport: renderPlan?.textureOnViewport ?? false,
        });
        cy = core;
        host.cytoscape = core;
        core.on("tap", "node", (event) => selectNode(String(event.target.id())));
        core.on("tap", "edge", (event) => selectEdge(String(event.target.data("source")), String(event.target.data("target"))));
        core.on("tap", (event) => {
          if (event.target === core) clearSelection();
        });
        core.on("mouseover", "node", (event) => {
          const node = event.target as NodeSingular;
          host.classList.add("pointing");
          node.addClass("hovered");
          const { x, y } = node.renderedPosition();
          setHover({ x, y: y - node.renderedOuterHeight() / 2, text: describe(node.data() as Record<string, unknown>) });
        });
        core.on("mouseout", "node", (event) => {
          host.classList.remove("pointing");
          (event.target as NodeSingular).removeClass("hovered");
          setHover(null);
        });
        core.on("viewport", () => {
          setHover(null);
          viewportMoved(core);
        });
        core.on("dragfree", "node", (event) => {
          const node = event.target as NodeSingular;
          nodeMoved(node.id(), { ...node.position() });
        });
        graph.current = core;
        // Layouts other than preset (the small neighbourhood graph) place nodes as cytoscape builds.
        if (!initial) fitReadably(core);
        if (zoomStyle) followZoom(core, [...style], zoomStyle, initial ? JSON.stringify(zoomed) : null, extraStyle);
        if (focusedNode.current) core.getElementById(focusedNode.current).addClass(keyboardFocusClass);
        if (declutter) stopDecluttering = keepLabelsDecluttered(core);
        viewportMoved(core);
        setState({ status: "ready" });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: "failed", error });
      },
    );

    // The canvas does not notice its box changing size (e.g. a panel opening) on its own. NOTE: an
    // observer also reports the size it starts with; resizing to that redrew a 500-topic map twice.
    let drawnSize = host ? `${host.clientWidth}x${host.clientHeight}` : "";
    const resize = new ResizeObserver(() => {
      const size = host ? `${host.clientWidth}x${host.clientHeight}` : "";
      if (size === drawnSize) return;
      drawnSize = size;
      graph.current?.resize();
    });
    if (host) resize.observe(host);
    return () => {
      cancelled = true;
      stopDecluttering();
      resize.disconnect();
      if (cy) viewport.current = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      cy?.destroy();
      if (host) delete host.cytoscape;
      graph.current = null;
    };
  }, [elements, style, zoomStyle, layout, renderPlan, declutter]);

  useEffect(() => {
    if (graph.current) applyClasses(graph.current);
  }, [classes]);

  const fitTo = props.fitTo ?? null;
  const fitKey = fitTo ? fitTo.join(" ") : "";
  useEffect(() => {
    if (graph.current && fitTo && state.status === "ready") fitNodes(graph.current, fitTo);
    // NOTE: `fitKey` names the node set; a new array with the same ids must not move the view.
  }, [fitKey, state.status]);

  const shown = props.viewport ?? null;
  const shownKey = shown ? `${shown.zoom} ${shown.pan.x} ${shown.pan.y}` : "";
  useEffect(() => {
    if (graph.current && shown && state.status === "ready") graph.current.viewport({ zoom: shown.zoom, pan: { ...shown.pan } });
    // NOTE: `shownKey` names the viewport; an equal one in a new object must not move the view back.
  }, [shownKey, state.status]);

  const fit = () => {
    if (graph.current) fitReadably(graph.current);
  };

  const focusNode = (id: string | null) => {
    const cy = graph.current;
    if (!cy) return;
    if (focusedNode.current) cy.getElementById(focusedNode.current).removeClass(keyboardFocusClass);
    focusedNode.current = id;
    const node = id ? cy.getElementById(id) : null;
    if (node && node.nonempty()) {
      node.addClass(keyboardFocusClass);
      setAnnouncement(describeFocus(node as NodeSingular, describe));
    } else setAnnouncement("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = graph.current;
    if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = handleGraphKey(cy, event.key, event.shiftKey, {
      focused: () => focusedNode.current,
      focus: focusNode,
      open: (id) => selectNode(id),
      start: () => [...classes].find(([, names]) => names.split(" ").includes("selected"))?.[0] ?? null,
      fit,
    });
    if (handled) event.preventDefault();
  };

  return (
    <div className="graph-canvas-frame">
      <div
        ref={container}
        className="graph-canvas"
        role="group"
        aria-roledescription="graph"
        aria-label={`${label} Arrow keys move between linked nodes, Enter opens one; Shift and arrows pan, plus and minus zoom, 0 fits.`}
        aria-describedby={`${testId}-focus`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => graph.current?.getElementById(focusedNode.current ?? "").removeClass(keyboardFocusClass)}
        onFocus={() => focusedNode.current && graph.current?.getElementById(focusedNode.current).addClass(keyboardFocusClass)}
        data-focused-node={announcement ? (focusedNode.current ?? undefined) : undefined}
        data-testid={testId}
        data-state={state.status}
      />
      <p id={`${testId}-focus`} className="visually-hidden" aria-live="polite" data-testid={`${testId}-focus`}>
        {announcement}
      </p>
      {hover ? <GraphTooltip hover={hover} /> : null}
      {state.status === "drawing" ? <p className="graph-canvas-note">Drawing the graph…</p> : null}
      {state.status === "failed" ? <Problem error={state.error} /> : null}
      {state.status === "ready" ? (
        <div className="graph-canvas-controls">
          <button type="button" aria-label="Zoom in" onClick={() => zoomBy(graph.current, 1.25)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => zoomBy(graph.current, 0.8)}>
            −
          </button>
          <button type="button" onClick={fit}>
            Fit to screen
          </button>
        </div>
      ) : null}
    </div>
  );
}
