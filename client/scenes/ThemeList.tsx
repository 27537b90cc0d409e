import { useEffect, useRef } from "react";
import { Link } from "react-router";
import type { TopicRef } from "@shared/schemas/entities";
import { countOf } from "../components/format";
import { Problem } from "../components/Status";
import type { ThemeState } from "../graph/theme";
import { AddToListButton } from "../readingList/AddToListButton";
import { listable } from "../readingList/list";

type Loading = { readonly status: "idle" } | { readonly status: "loading" } | { readonly status: "failed"; readonly error: unknown };

interface ThemeListProps {
  readonly state: ThemeState;
  readonly topic: TopicRef;
  readonly part: { readonly shown: number; readonly total: number; readonly more: boolean };
  readonly loading: Loading;
  readonly expanding: Loading;
  readonly onSelect: (id: string) => void;
  readonly onExpand: (id: string) => void;
  readonly onLoadMore: () => void;
}

/** The theme's insights as a list beside the graph: what is shown, the selected one, and more. */
export function ThemeList({ state, topic, part, loading, expanding, onSelect, onExpand, onLoadMore }: ThemeListProps) {
  const selected = state.selected ? state.nodes.get(state.selected) : undefined;
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (state.selected) card.current?.scrollIntoView({ block: "nearest" });
  }, [state.selected]);

  return (
    <section className="theme-list" aria-labelledby="theme-list-heading">
      <h2 id="theme-list-heading">Insights</h2>
      <p className="shown-part" data-testid="insights-shown" aria-live="polite">
        {part.more ? `Showing ${part.shown} of ${countOf(part.total, "insight")}` : `All ${countOf(part.total, "insight")}`}
        {state.pulledIn.size > 0 ? `, plus ${state.pulledIn.size} related from other topics` : ""}.
      </p>
      {part.more ? (
        <button type="button" onClick={onLoadMore} disabled={loading.status === "loading"} data-testid="load-more">
          {loading.status === "loading" ? "Loading…" : `Load ${Math.min(250, part.total - part.shown)} more`}
        </button>
      ) : null}
      {loading.status === "failed" ? <Problem error={loading.error} retry={onLoadMore} /> : null}

      {selected ? (
        <section ref={card} className="selected-insight" aria-labelledby="selected-insight-heading" data-testid="selected-insight">
          <h3 id="selected-insight-heading" className="visually-hidden">
            Selected insight
          </h3>
          <p>{selected.label}</p>
          <div className="actions">
            <Link to={`/insights/${selected.id}`}>Open insight</Link>
            <button
              type="button"
              onClick={() => onExpand(selected.id)}
              disabled={state.expanded.has(selected.id) || expanding.status === "loading"}
              data-testid="expand-insight"
            >
              {state.expanded.has(selected.id) ? "Related shown" : expanding.status === "loading" ? "Finding related…" : "Show related here"}
            </button>
            <ListButton id={selected.id} text={selected.label} topic={topic} />
          </div>
          {expanding.status === "failed" ? <Problem error={expanding.error} /> : null}
        </section>
      ) : null}

      <ol className="insight-list" data-testid="insight-list">
        {[...state.nodes.values()].map((node) => (
          <li key={node.id} data-testid="insight-item" className={node.id === state.selected ? "selected" : undefined}>
            <div className="item-row">
              <Link to={`/insights/${node.id}`} className="insight-link">
                {node.label}
              </Link>
              <button
                type="button"
                className="compact"
                aria-pressed={node.id === state.selected}
                aria-label={`Show on the graph: ${node.label.slice(0, 60)}`}
                onClick={() => onSelect(node.id)}
              >
                <span aria-hidden="true">◎</span>
              </button>
              <ListButton id={node.id} text={node.label} topic={topic} compact />
            </div>
            {state.pulledIn.has(node.id) ? <p className="insight-topics">Related, from another topic</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ListButton({ id, text, topic, compact = false }: { id: string; text: string; topic: TopicRef; compact?: boolean }) {
  const insight = listable(id, text, [topic]);
  return insight ? <AddToListButton insight={insight} compact={compact} /> : null;
}
