import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { TopicSlug } from "@shared/ids";
import type { Graph } from "@shared/schemas/entities";
import { fetchTopicGraph } from "../api/calls";
import { GraphCanvas } from "../components/GraphCanvas";
import { RemoteContent } from "../components/RemoteContent";
import { Empty } from "../components/Status";
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
} from "../graph/explorer";
import { topicGraphLayout, topicGraphStyle, topicLabelStyle } from "../graph/style";
import { TopicIndex } from "./TopicIndex";
import { TopicPanel } from "./TopicPanel";

/** `/`: the topic graph, an accessible list of its topics, and the selected topic's insights. */
export function TopicMap() {
  const remote = useRemote("topic-graph", fetchTopicGraph);
  return (
    <section className="topic-map" aria-labelledby="topic-map-heading">
      <title>Topic map · Insight graph</title>
      <h1 id="topic-map-heading" className="visually-hidden">
        Topic map
      </h1>
      <RemoteContent remote={remote} loading="Loading the topic map…">
        {(graph) =>
          graph.nodes.length === 0 ? (
            <Empty>No topics yet. Ingest a podcast or an article and its topics appear here.</Empty>
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
  const { selectedTopic, filter } = state;

  // Selecting pushes history so Back undoes it; typing a filter replaces, one entry per search.
  const change = (next: ExplorerState, replace = false) => {
    if (next !== state) setSearch(explorerToSearch(next), { replace });
  };
  const select = (id: string) => {
    const slug = TopicSlug.safeParse(id);
    if (slug.success) change(selectTopic(state, slug.data));
  };

  const elements = useMemo(() => toTopicElements(graph), [graph]);
  const classes = useMemo(
    () => explorerClasses(graph, { selectedTopic, filter }),
    [graph, selectedTopic, filter],
  );
  const selectedLabel = graph.nodes.find((node) => node.id === selectedTopic)?.label;

  return (
    <div className="explorer">
      <TopicIndex
        graph={graph}
        state={state}
        onFilter={(text) => change(filterTopics(state, text), true)}
        onSelect={select}
      />
      <GraphCanvas
        elements={elements}
        classes={classes}
        style={topicGraphStyle}
        zoomStyle={topicLabelStyle}
        layout={topicGraphLayout}
        label={`Topic graph of ${graph.nodes.length} topics; the list of topics beside it holds the same topics.`}
        onSelectNode={select}
        onClearSelection={() => change(clearSelection(state))}
      />
      {selectedTopic ? (
        <TopicPanel
          slug={selectedTopic}
          label={selectedLabel ?? selectedTopic}
          onClose={() => change(clearSelection(state))}
          onSelect={select}
        />
      ) : (
        <aside className="topic-panel topic-panel-hint" data-testid="topic-panel-hint">
          <p>Select a topic on the map, or press “Show” beside it in the list, to read its insights.</p>
        </aside>
      )}
    </div>
  );
}
