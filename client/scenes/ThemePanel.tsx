import type { TopicSlug } from "@shared/ids";
import type { GraphNode } from "@shared/schemas/entities";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { fetchThemeReadingList } from "../api/readingLists";
import { countOf } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { useRemote } from "../components/useRemote";

/** Topics a theme's reading list and top insights are built from (a reading list takes up to 10). */
const themeTopicLimit = 10;
const topInsights = 5;

interface ThemePanelProps {
  readonly label: string;
  readonly colour: string;
  /** The theme's topics on the map, largest first. */
  readonly topics: readonly GraphNode[];
  readonly onClose: () => void;
  readonly onSelect: (slug: string) => void;
}

/** A theme opened from the legend: its topics, its strongest insights, and its reading list. */
export function ThemePanel({ label, colour, topics, onClose, onSelect }: ThemePanelProps) {
  const slugs = topics.slice(0, themeTopicLimit).map((topic) => topic.id as TopicSlug);
  const remote = useRemote(`theme:${slugs.join(",")}`, (signal) => fetchThemeReadingList(slugs, signal));
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus({ preventScroll: true });
  }, [label]);

  return (
    <aside ref={panel} className="topic-panel" aria-labelledby="theme-panel-heading" data-testid="theme-panel" tabIndex={-1}>
      <header className="topic-panel-header">
        <div>
          <p className="eyebrow">
            <span className="swatch inline" style={{ background: colour }} aria-hidden="true" /> Theme
          </p>
          <h2 id="theme-panel-heading">{label}</h2>
        </div>
        <button type="button" className="close" aria-label="Close theme panel" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="meta">
        {countOf(topics.length, "topic")} on the map ·{" "}
        <Link to={`/reading-list?topics=${slugs.join(",")}`} data-testid="theme-reading-list">
          Reading list from this theme
        </Link>
      </p>
      <h3>Topics</h3>
      <ul className="neighbour-buttons" data-testid="theme-topics">
        {topics.map((topic) => (
          <li key={topic.id}>
            <button type="button" onClick={() => onSelect(topic.id)}>
              {topic.label} <span className="count">{topic.insightCount}</span>
            </button>
          </li>
        ))}
      </ul>
      <h3>Top insights</h3>
      <RemoteContent remote={remote} loading="Finding the theme’s strongest insights…">
        {(document) => {
          const items = document.sections
            .flatMap((section) => section.items)
            .toSorted((a, b) => b.strength - a.strength)
            .slice(0, topInsights);
          return (
            <ol className="insight-list" data-testid="theme-insights">
              {items.map((item) => (
                <li key={item.id}>
                  <Link to={`/insights/${item.id}`} className="insight-link">
                    {item.text}
                  </Link>
                  <p className="insight-topics">{item.topics.map((topic) => topic.name).join(" · ")}</p>
                </li>
              ))}
            </ol>
          );
        }}
      </RemoteContent>
    </aside>
  );
}
