import type { TopicSlug } from "@shared/ids";
import { useEffect, useRef } from "react";
import { fetchTopicLink } from "../api/calls";
import { countOf } from "../components/format";
import { InsightList } from "../components/InsightList";
import { RemoteContent } from "../components/RemoteContent";
import { useRemote } from "../components/useRemote";

interface LinkPanelProps {
  readonly a: TopicSlug;
  readonly b: TopicSlug;
  readonly onClose: () => void;
  readonly onSelect: (slug: string) => void;
}

/** A link on the map, asked why it exists: the insights its two topics share. */
export function LinkPanel({ a, b, onClose, onSelect }: LinkPanelProps) {
  const remote = useRemote(`${a}|${b}`, (signal) => fetchTopicLink(a, b, signal));
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus({ preventScroll: true });
  }, [a, b]);
  return (
    <aside ref={panel} className="topic-panel" aria-labelledby="link-panel-heading" data-testid="link-panel" tabIndex={-1}>
      <RemoteContent remote={remote} loading="Finding what the two topics share…" missing="One of these topics">
        {({ topics, insights, total }) => (
          <>
            <header className="topic-panel-header">
              <div>
                <p className="eyebrow">Link</p>
                <h2 id="link-panel-heading">
                  {topics[0].name} and {topics[1].name}
                </h2>
              </div>
              <button type="button" className="close" aria-label="Close link panel" onClick={onClose}>
                ×
              </button>
            </header>
            <p className="meta" data-testid="link-shared-count">
              {countOf(total, "insight")} about both{insights.length < total ? `; the ${insights.length} most central` : ""}
            </p>
            <InsightList insights={insights} />
            <ul className="neighbour-buttons">
              {topics.map((topic) => (
                <li key={topic.slug}>
                  <button type="button" onClick={() => onSelect(topic.slug)}>
                    {topic.name}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </RemoteContent>
    </aside>
  );
}
