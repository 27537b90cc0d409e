import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Graph } from "@shared/schemas/entities";
import { countOf } from "../components/format";
import { Empty } from "../components/Status";
import type { ExplorerState } from "../graph/explorer";
import { listedTopics } from "../graph/explorer";

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
  const listed = listedTopics(graph, state);
  return (
    <nav className="topic-index" aria-labelledby="topic-index-heading">
      <h2 id="topic-index-heading">Topics</h2>
      <label htmlFor="topic-filter">Filter topics</label>
      <input
        id="topic-filter"
        type="search"
        value={state.filter}
        onChange={(event) => onFilter(event.target.value)}
        autoComplete="off"
        data-testid="topic-filter"
      />
      <p className="topic-index-count" aria-live="polite">
        {listed.length === graph.nodes.length
          ? countOf(graph.nodes.length, "topic")
          : `${listed.length} of ${countOf(graph.nodes.length, "topic")}`}
      </p>
      {children}
      {listed.length === 0 ? <Empty>No topic matches “{state.filter.trim()}”.</Empty> : null}
      <ol className="topic-index-list" data-testid="topic-list">
        {listed.map((node) => {
          const selected = node.id === state.selectedTopic;
          return (
            <li key={node.id} data-testid="topic-list-item" data-slug={node.id} className={selected ? "selected" : undefined}>
              <Link to={`/topics/${node.id}`}>{node.label}</Link>
              <span className="count" title={countOf(node.insightCount, "insight")}>
                {node.insightCount}
                <span className="visually-hidden"> insights</span>
              </span>
              <button
                type="button"
                className="show-on-map"
                aria-label={`Show ${node.label} on the map`}
                aria-pressed={selected}
                onClick={() => onSelect(node.id)}
              >
                Show
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
