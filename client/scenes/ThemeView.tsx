import { useCallback, useEffect, useMemo, useState } from "react";
import { InsightId } from "@shared/ids";
import type { TopicSlug } from "@shared/ids";
import { fetchRelatedInsights, fetchThemePage } from "../api/calls";
import { countOf } from "../components/format";
import { GraphCanvas, preloadGraphLibrary } from "../components/GraphCanvas";
import { Loading, Problem } from "../components/Status";
import { useNarrowScreen } from "../components/useNarrowScreen";
import { nodeSetKey, rememberMove, useDrawing, useLayout } from "../components/useLayout";
import { toInsightElements } from "../graph/insightElements";
import { detectGpu, renderPlanFor } from "../graph/renderPlan";
import { insightGraphStyle } from "../graph/style";
import type { ThemeState } from "../graph/theme";
import { addPage, emptyTheme, expandInsight, selectInsight, shownPart, themeClasses, themeGraph } from "../graph/theme";
import { idsInRange } from "../topicTimeline/range";
import type { TopicTimelineState } from "../topicTimeline/useTopicTimeline";
import { withMoved, withPins } from "../views/pins";
import { useGraphView } from "../views/useGraphView";
import { ViewTools } from "../views/ViewTools";
import { ThemeList } from "./ThemeList";

// The graph library loads while the scene fetches its data rather than after.
preloadGraphLibrary();

/** Insights fetched per "load more"; a first screen of a big theme stays quick to lay out. */
export const themePageSize = 250;

interface ThemeViewProps {
  readonly slug: TopicSlug;
  readonly name: string;
  readonly total: number;
  /** The page's timeline: its brushed range filters the list. */
  readonly timeline: TopicTimelineState;
}

type Loading = { readonly status: "idle" } | { readonly status: "loading" } | { readonly status: "failed"; readonly error: unknown };

export function ThemeView({ slug, name, total, timeline }: ThemeViewProps) {
  const [state, setState] = useState<ThemeState>(emptyTheme);
  // Pins, dragged insights and zoom and pan, saved and linked like the map's.
  const graphView = useGraphView({ kind: "theme", slug });
  const [loading, setLoading] = useState<Loading>({ status: "loading" });
  const [expanding, setExpanding] = useState<Loading>({ status: "idle" });
  // On a phone the list comes first and the graph is laid out only when asked for.
  const narrow = useNarrowScreen();
  const [mapAsked, setMapAsked] = useState(false);
  const showMap = !narrow || mapAsked;

  const loadPage = useCallback(
    (offset: number, signal?: AbortSignal) => {
      setLoading({ status: "loading" });
      fetchThemePage(slug, offset, themePageSize, signal).then(
        (page) => {
          setState((current) => (current.loaded === offset ? addPage(current, page) : current));
          setLoading({ status: "idle" });
        },
        (error: unknown) => {
          if (!signal?.aborted) setLoading({ status: "failed", error });
        },
      );
    },
    [slug],
  );

  useEffect(() => {
    const controller = new AbortController();
    loadPage(0, controller.signal);
    return () => controller.abort();
  }, [loadPage]);

  const expand = (id: string) => {
    const insight = InsightId.safeParse(id);
    if (!insight.success) return;
    setExpanding({ status: "loading" });
    fetchRelatedInsights(insight.data).then(
      ({ related }) => {
        setState((current) => expandInsight(current, id, related));
        setExpanding({ status: "idle" });
      },
      (error: unknown) => setExpanding({ status: "failed", error }),
    );
  };

  const graph = useMemo(() => themeGraph(state), [state.nodes, state.edges]);
  const elements = useMemo(() => toInsightElements(graph), [graph]);
  const pinnedKey = graphView.view.pinned.join(" ");
  const classes = useMemo(() => withPins(themeClasses(state), graphView.view.pinned), [state, pinnedKey]);
  const { range, dates } = timeline;
  const inRange = useMemo(() => (range && dates ? idsInRange(state.nodes.keys(), dates, range) : null), [state.nodes, dates, range]);
  const renderPlan = useMemo(() => renderPlanFor(graph.nodes.length, detectGpu()), [graph.nodes.length]);
  const layoutNodes = useMemo(
    () => elements.filter((el) => el.group === "nodes").map((el) => ({ id: String(el.data.id), size: Number(el.data.size) })),
    [elements],
  );
  const scope = `theme:${slug}`;
  const layout = useLayout(scope, nodeSetKey(showMap ? [...state.nodes.keys()] : []), showMap ? layoutNodes : [], showMap ? graph.edges : []);
  const drawing = useDrawing(elements, layout);
  const placed = useMemo(() => (drawing ? withMoved(drawing.layout, graphView.view.moved) : null), [drawing, graphView.movedKey]);
  const part = shownPart(state, total);
  const selected = state.selected ? state.nodes.get(state.selected) : undefined;

  if (state.nodes.size === 0) {
    if (loading.status === "failed") return <Problem error={loading.error} retry={() => loadPage(0)} />;
    if (loading.status === "loading") return <Loading label={`Loading the insights on ${name}…`} />;
  }

  const list = (
    <ThemeList
      state={state}
      topic={{ slug, name }}
      part={part}
      loading={loading}
      expanding={expanding}
      onSelect={(id) => setState((current) => selectInsight(current, id))}
      onExpand={expand}
      onLoadMore={() => loadPage(state.loaded)}
      range={range ? { range, kept: inRange, clear: () => timeline.brush(null) } : null}
    />
  );
  const mapToggle = narrow ? (
    <button type="button" className="map-toggle" aria-expanded={mapAsked} aria-controls="theme-map" onClick={() => setMapAsked((asked) => !asked)} data-testid="map-toggle">
      {mapAsked ? "Hide the map" : `Show the map of these ${countOf(graph.nodes.length, "insight")}`}
    </button>
  ) : null;
  if (!showMap) {
    return (
      <div className="theme-view list-first">
        {mapToggle}
        {list}
      </div>
    );
  }

  return (
    <div className={narrow ? "theme-view list-first" : "theme-view"}>
      {mapToggle}
      <div id="theme-map" className="theme-map">
      {drawing && placed && graph.nodes.length > 0 ? (
        <div className="graph-with-note">
          {layout.status === "laying-out" ? (
            <p className="graph-busy" role="status">
              Placing {countOf(graph.nodes.length - drawing.elements.filter((el) => el.group === "nodes").length, "new insight")}…
            </p>
          ) : null}
          <GraphCanvas
          elements={drawing.elements}
          classes={classes}
          style={insightGraphStyle}
          layout={placed}
          renderPlan={renderPlan}
          testId="theme-graph"
          label={`The insights on ${name} and their related links, ${graph.nodes.length} in all; the list beside it holds the same insights.`}
          describeNode={(data) => `${String(data.text)} (${countOf(Number(data.links), "related link")})`}
          onSelectNode={(id) => setState((current) => selectInsight(current, id))}
          onClearSelection={() => setState((current) => selectInsight(current, null))}
          viewport={graphView.shownViewport}
          onViewport={graphView.onViewport}
          onNodeMoved={(id, position) => {
            rememberMove(scope, id, position);
            graphView.onMoved(id, position);
          }}
        />
        </div>
      ) : (
        <div className="graph-canvas-frame" data-testid="theme-graph-layout">
          {layout.status === "failed" ? (
            <Problem error={layout.error} />
          ) : graph.nodes.length === 0 ? (
            <p className="graph-canvas-note">No insights on this topic yet.</p>
          ) : (
            <Loading label={`Arranging ${countOf(graph.nodes.length, "insight")}…`} />
          )}
        </div>
      )}
      <div className="theme-view-tools" data-testid="theme-view-tools">
        <ViewTools
          graphView={graphView}
          noun="insight"
          selected={selected ? { id: selected.id as InsightId, label: selected.label } : null}
          labelOf={(id) => state.nodes.get(id)?.label ?? "An insight not on the graph now"}
        />
      </div>
      </div>
      {list}
    </div>
  );
}
