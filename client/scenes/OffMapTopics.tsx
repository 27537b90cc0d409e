import type { Graph } from "@shared/schemas/entities";
import { useMemo } from "react";
import { Link } from "react-router";
import { searchEverything } from "../api/calls";
import { useRemote } from "../components/useRemote";

/**
 * Topics that match the filter but are not drawn (the map shows the largest only): found by the
 * server's search over every topic, each a link to its page.
 */
export function OffMapTopics({ filter, graph }: { filter: string; graph: Graph }) {
  const q = filter.trim();
  const drawn = useMemo(() => new Set(graph.nodes.map((node) => node.id)), [graph]);
  const remote = useRemote(`off-map:${q}`, (signal) => (q.length >= 2 ? searchEverything(q, 1, 0, signal) : Promise.resolve(null)));
  if (remote.status !== "ready" || !remote.data) return null;
  const offMap = remote.data.topics.filter((topic) => !drawn.has(topic.slug));
  if (offMap.length === 0) return null;
  return (
    <section aria-labelledby="off-map-heading" data-testid="off-map-topics">
      <h3 id="off-map-heading" className="off-map-heading">
        Not on the map
      </h3>
      <ul className="topic-index-list">
        {offMap.map((topic) => (
          <li key={topic.slug}>
            <Link to={`/topics/${topic.slug}`}>{topic.name}</Link>
            <span className="count">{topic.insightCount}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
