import { useCallback, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { TopicSlug } from "@shared/ids";
import type { Graph } from "@shared/schemas/entities";
import { fetchTopicGraph } from "../api/calls";
import { countOf } from "../components/format";
import { GraphCanvas, preloadGraphLibrary } from "../components/GraphCanvas";
import { EnrichmentProgress } from "../components/EnrichmentProgress";
import { RemoteContent } from "../components/RemoteContent";
import { Empty, Loading, Problem } from "../components/Status";
import { nodeSetKey, rememberMove, useLayout } from "../components/useLayout";
import { useRemote } from "../components/useRemote";
import { toTopicElements } from "../graph/elements";
import type { ExplorerState } from "../graph/explorer";
import {
  clearSelection,
  explorerClasses,
  explorerFromSearch,
  explorerToSearch,
  filterTopics,
  selectTopic,
  setMinWeight,
  shownTopics,
  themeTopics,
  toggleTheme,
  visibleEdgeCount,
} from "../graph/explorer";
import { themeLegend } from "../graph/palette";
import { detectGpu, renderPlanFor } from "../graph/renderPlan";
import { topicGraphStyle, topicLabelStyle } from "../graph/style";
import { MapControls } from "./MapControls";
import { TopicIndex } from "./TopicIndex";
import { LinkPanel } from "./LinkPanel";
import { ThemePanel } from "./ThemePanel";
import { TopicPanel } from "./TopicPanel";
import { withMoved, withPins } from "../views/pins";
import { ViewTools } from "../views/ViewTools";
import { TourBar } from "../views/TourBar";
import { useGraphView } from "../views/useGraphView";
import { useTour } from "../views/useTour";

// The graph library loads while the scene fetches its data rather than after.
preloadGraphLibrary();

const layoutScope = "topic-map";

/** `/`: the topic graph, an accessible list of its topics, and the selected topic's insights. */
export function TopicMap() {
  const [search] = useSearchParams();
  const limit = explorerFromSearch(search).limit;
  const remote = useRemote(`topic-graph:${limit}`, (signal) => fetchTopicGraph(limit, signal));
  return (
    <section className="topic-map" aria-labelledby="topic-map-heading">
      <title>Topic map · Insight graph</title>
      <h1 id="topic-map-heading" className="visually-hidden">
        Topic map
      </h1>
      <EnrichmentProgress />
      <RemoteContent remote={remote} loading="Loading the topic map…">
        {(graph) =>
          graph.nodes.length === 0 ? (
            <Empty>
              No topics yet. <Link to="/ingest">Ingest a podcast or an article</Link> and its topics appear here.
            </Empty>
          ) : (
            <Explorer graph={graph} />
          )
        }
      </RemoteContent>
    </section>
  );
}

function Explorer({ graph }: { graph: Graph }) {
  const [search, setSearch] = useSearchParams();
  const state = explorerFromSearch(search);
  const mapView = useGraphView();
  const tour = useTour();
  const { selectedTopic, filter, minWeight, theme } = state;

  // Selecting pushes history so Back undoes it; typing and sliding replace, one entry per change.
  // A link asked why it exists: view state of its own, replaced by any other choice.
  const [link, setLink] = useState<{ a: TopicSlug; b: TopicSlug } | null>(null);
  const change = (next: ExplorerState, replace = false) => {
    setLink(null);
    if (next !== state) setSearch(mapView.keepView(explorerToSearch(next)), { replace });
  };
  const selectLink = (source: string, target: string) => {
    const a = TopicSlug.safeParse(source);
    const b = TopicSlug.safeParse(target);
    if (a.success && b.success) setLink({ a: a.data, b: b.data });
  };
  const select = (id: string) => {
    const slug = TopicSlug.safeParse(id);
    if (slug.success) change(selectTopic(state, slug.data));
  };

  const legend = useMemo(() => themeLegend(graph.communities), [graph]);
  const elements = useMemo(() => toTopicElements(graph, legend), [graph, legend]);
  // A tour's step pins its section's topics; otherwise the view's own pins show.
  const pinned = tour.active ? (tour.current?.topics.map((topic) => topic.slug) ?? []) : mapView.view.pinned;
  const pinnedKey = pinned.join(" ");
  const classes = useMemo(
    () => withPins(explorerClasses(graph, { selectedTopic, filter, minWeight, theme }), pinned),
    [graph, selectedTopic, filter, minWeight, theme, pinnedKey],
  );
  const renderPlan = useMemo(() => renderPlanFor(graph.nodes.length, detectGpu()), [graph]);
  const zoomStyle = useCallback((zoom: number) => topicLabelStyle(zoom, renderPlan.labelsByZoom), [renderPlan]);
  const layoutNodes = useMemo(
    () => elements.filter((el) => el.group === "nodes").map((el) => ({ id: String(el.data.id), size: Number(el.data.size) })),
    [elements],
  );
  const layout = useLayout(layoutScope, nodeSetKey(graph.nodes.map((node) => node.id)), layoutNodes, graph.edges);
  const communityNames = useMemo(() => new Map(legend.entries.map((entry) => [entry.id, entry.label])), [legend]);
  const describeNode = useCallback(
    (data: Readonly<Record<string, unknown>>) => {
      const community = typeof data.community === "number" ? communityNames.get(data.community) : undefined;
      return `${String(data.label)}: ${countOf(Number(data.insightCount), "insight")}${community ? ` · theme: ${community}` : ""}`;
    },
    [communityNames],
  );
  const selectedLabel = graph.nodes.find((node) => node.id === selectedTopic)?.label;
  const openTheme = theme === null ? null : (legend.entries.find((entry) => entry.id === theme) ?? null);
  const openThemeTopics = useMemo(() => (theme === null ? [] : themeTopics(graph, theme)), [graph, theme]);
  const onMap = useMemo(() => new Set(graph.nodes.map((node) => node.id)), [graph]);
  const tourOnMap = tour.active ? pinned.filter((slug) => onMap.has(slug)) : [];
  const fitTo = useMemo(
    () => (tourOnMap.length > 0 ? tourOnMap : openThemeTopics.length > 0 ? openThemeTopics.map((topic) => topic.id) : null),
    [openThemeTopics, tourOnMap.join(" ")],
  );
  // Topics a saved view dragged somewhere go there, over the computed layout.
  const placed = useMemo(() => (layout.status === "ready" ? withMoved(layout.layout, mapView.view.moved) : null), [layout, mapView.movedKey]);
  const part = shownTopics(graph, state);
  const { more, all } = part;

  return (
    <div className="explorer">
      <div className="explorer-side">
        <TopicIndex graph={graph} state={state} onFilter={(text) => change(filterTopics(state, text), true)} onSelect={select}>
          {graph.smallHidden ? (
            <p className="shown-part" data-testid="small-topics-hidden">
              {countOf(graph.smallHidden, "small topic")} hidden (one insight each); search finds them.
            </p>
          ) : null}
          {part.cut ? (
            <p className="shown-part" data-testid="topics-shown">
              {part.total === null
                ? `Showing the ${part.shown} largest topics.`
                : `Showing the ${part.shown} largest of ${countOf(part.total, "topic")}.`}{" "}
              {more ? (
                <button type="button" onClick={() => change(more)} data-testid="more-topics">
                  Show up to {more.limit}
                </button>
              ) : null}{" "}
              {all ? (
                <button type="button" onClick={() => change(all)} data-testid="all-topics">
                  Show all {all.limit}
                </button>
              ) : null}
            </p>
          ) : null}
        </TopicIndex>
        <MapControls
          minWeight={minWeight}
          edgesShown={visibleEdgeCount(graph, minWeight)}
          edgesTotal={graph.edges.length}
          legend={legend}
          theme={theme}
          onMinWeight={(weight) => change(setMinWeight(state, weight), true)}
          onTheme={(id) => change(toggleTheme(state, id), true)}
        >
          <ViewTools
            graphView={mapView}
            noun="topic"
            selected={selectedTopic ? { id: selectedTopic, label: selectedLabel ?? selectedTopic } : null}
            labelOf={(slug) => graph.nodes.find((node) => node.id === slug)?.label ?? slug}
          />
        </MapControls>
      </div>
      {placed ? (
        <GraphCanvas
          elements={elements}
          classes={classes}
          style={topicGraphStyle}
          zoomStyle={zoomStyle}
          layout={placed}
          renderPlan={renderPlan}
          testId="topic-graph"
          declutter
          label={`Topic graph of ${graph.nodes.length} topics; the list of topics beside it holds the same topics.`}
          describeNode={describeNode}
          onSelectNode={select}
          onSelectEdge={selectLink}
          fitTo={fitTo}
          viewport={tour.active ? null : mapView.shownViewport}
          onViewport={mapView.onViewport}
          onClearSelection={() => change(clearSelection(state))}
          onNodeMoved={(id, position) => {
            rememberMove(layoutScope, id, position);
            mapView.onMoved(id, position);
          }}
        />
      ) : (
        <div className="graph-canvas-frame" data-testid="topic-graph-layout">
          {layout.status === "failed" ? <Problem error={layout.error} /> : <Loading label={`Arranging ${countOf(graph.nodes.length, "topic")}…`} />}
        </div>
      )}
      {link ? (
        <LinkPanel a={link.a} b={link.b} onClose={() => setLink(null)} onSelect={select} />
      ) : selectedTopic ? (
        <TopicPanel
          slug={selectedTopic}
          label={selectedLabel ?? selectedTopic}
          onClose={() => change(clearSelection(state))}
          onSelect={select}
        />
      ) : tour.active ? (
        <aside className="topic-panel">
          <TourBar tour={tour} offMap={pinned.length - tourOnMap.length} />
        </aside>
      ) : openTheme ? (
        <ThemePanel
          label={openTheme.label}
          colour={openTheme.colour}
          topics={openThemeTopics}
          onClose={() => change(toggleTheme(state, openTheme.id), true)}
          onSelect={select}
        />
      ) : (
        <aside className="topic-panel topic-panel-hint" data-testid="topic-panel-hint">
          <p>Select a topic on the map, or press “Show” beside it in the list, to read its insights. Open a theme from the legend; select a link to see what its two topics share.</p>
          <p className="hint">Node size: insights on the topic. Line width: how often two topics come up together. Colour: theme.</p>
        </aside>
      )}
    </div>
  );
}
