import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Graph, GraphNode } from "@shared/schemas/entities";
import { countOf } from "../components/format";
import { Empty } from "../components/Status";
import type { ExplorerState } from "../graph/explorer";
import { listedTopics } from "../graph/explorer";
import { OffMapTopics } from "./OffMapTopics";

/** Typing settles this long before the map and the address follow, so no keystroke waits on a redraw. */
const filterSettleMs = 150;

interface TopicIndexProps {
  readonly graph: Graph;
  readonly state: Pick<ExplorerState, "filter" | "selectedTopic">;
  readonly onFilter: (text: string) => void;
  readonly onSelect: (slug: string) => void;
  /** Said under the count, e.g. that the map shows only the largest topics. */
  readonly children?: ReactNode;
}

/**
 * The map's topics as a list: the way in for keyboard and screen-reader users, who can't
 * click a canvas, and the path browser tests take.
 */
export function TopicIndex({ graph, state, onFilter, onSelect, children }: TopicIndexProps) {
  // The field owns what is typed; the map (and the address) catch up once typing settles.
  const [typed, setTyped] = useState(state.filter);
  const sent = useRef(state.filter);
  useEffect(() => {
    if (state.filter !== sent.current) {
      sent.current = state.filter;
      setTyped(state.filter);
    }
  }, [state.filter]);
  const latestFilter = useRef(onFilter);
  useLayoutEffect(() => {
    latestFilter.current = onFilter;
  });
  useEffect(() => {
    if (typed === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = typed;
      latestFilter.current(typed);
    }, filterSettleMs);
    return () => clearTimeout(timer);
  }, [typed]);
  const listed = useMemo(() => listedTopics(graph, { filter: state.filter }), [graph, state.filter]);
  // The list keeps one callback for its life, so a new closure from the map does not redraw it.
  const latestSelect = useRef(onSelect);
  useLayoutEffect(() => {
    latestSelect.current = onSelect;
  });
  const select = useCallback((slug: string) => latestSelect.current(slug), []);
  return (
    <nav className="topic-index" aria-labelledby="topic-index-heading">
      <h2 id="topic-index-heading">Topics</h2>
      <label htmlFor="topic-filter">Filter topics</label>
      <input
        id="topic-filter"
        type="search"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
        data-testid="topic-filter"
      />
      <p className="topic-index-count" aria-live="polite">
        {listed.length === graph.nodes.length
          ? countOf(graph.nodes.length, "topic")
          : `${listed.length} of ${countOf(graph.nodes.length, "topic")}`}
      </p>
      {children}
      {listed.length === 0 ? <Empty>No topic on the map matches “{state.filter.trim()}”.</Empty> : null}
      <TopicItems topics={listed} selected={state.selectedTopic} onSelect={select} />
      <OffMapTopics filter={state.filter} graph={graph} />
    </nav>
  );
}

interface TopicItemsProps {
  readonly topics: readonly GraphNode[];
  readonly selected: string | null;
  readonly onSelect: (slug: string) => void;
}

/**
 * Hundreds of links and buttons: drawn again only when the topics or the selection change, not
 * when the map beside them finishes its layout or a slider moves.
 */
const TopicItems = memo(function TopicItems({ topics, selected, onSelect }: TopicItemsProps) {
  return (
    <ol className="topic-index-list" data-testid="topic-list">
      {topics.map((node) => {
        const isSelected = node.id === selected;
        return (
          <li key={node.id} data-testid="topic-list-item" data-slug={node.id} className={isSelected ? "selected" : undefined}>
            <Link to={`/topics/${node.id}`}>{node.label}</Link>
            <span className="count" title={countOf(node.insightCount, "insight")}>
              {node.insightCount}
              <span className="visually-hidden"> insights</span>
            </span>
            <button
              type="button"
              className="show-on-map"
              aria-label={`Show ${node.label} on the map`}
              aria-pressed={isSelected}
              onClick={() => onSelect(node.id)}
            >
              Show
            </button>
          </li>
        );
      })}
    </ol>
  );
});
