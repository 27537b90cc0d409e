import { useEffect, useRef } from "react";
import { Link } from "react-router";
import type { TopicSlug } from "@shared/ids";
import { fetchTopic } from "../api/calls";
import { countOf } from "../components/format";
import { InsightList } from "../components/InsightList";
import { RemoteContent } from "../components/RemoteContent";
import { useRemote } from "../components/useRemote";

interface TopicPanelProps {
  readonly slug: TopicSlug;
  /** The topic's name as the map knows it, shown before its insights arrive. */
  readonly label: string;
  readonly onClose: () => void;
  readonly onSelect: (slug: string) => void;
}

/** The selected topic's insights beside the map. */
export function TopicPanel({ slug, label, onClose, onSelect }: TopicPanelProps) {
  const remote = useRemote(slug, (signal) => fetchTopic(slug, signal));
  const panel = useRef<HTMLElement>(null);

  // Whoever picked a topic, by click or by keyboard, lands on what they asked for.
  useEffect(() => {
    panel.current?.focus({ preventScroll: true });
  }, [slug]);

  return (
    <aside
      ref={panel}
      className="topic-panel"
      aria-labelledby="topic-panel-heading"
      data-testid="topic-panel"
      tabIndex={-1}
    >
      <header className="topic-panel-header">
        <h2 id="topic-panel-heading">{label}</h2>
        <button type="button" className="close" aria-label="Close topic panel" onClick={onClose}>
          ×
        </button>
      </header>
      <RemoteContent remote={remote} loading="Loading insights…" missing="This topic">
        {({ topic, insights, neighbours }) => (
          <>
            <p className="meta">
              {countOf(topic.insightCount, "insight")} ·{" "}
              <Link to={`/topics/${topic.slug}`}>Open topic page</Link>
            </p>
            <InsightList insights={insights} topicSlug={topic.slug} />
            {neighbours.length > 0 ? (
              <section aria-labelledby="topic-panel-neighbours">
                <h3 id="topic-panel-neighbours">Often discussed with</h3>
                <ul className="neighbour-buttons">
                  {neighbours.map((neighbour) => (
                    <li key={neighbour.slug}>
                      <button type="button" onClick={() => onSelect(neighbour.slug)}>
                        {neighbour.name}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        )}
      </RemoteContent>
    </aside>
  );
}
