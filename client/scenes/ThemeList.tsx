import { useEffect, useRef } from "react";
import { Link } from "react-router";
import type { TopicRef } from "@shared/schemas/entities";
import { countOf } from "../components/format";
import { Problem } from "../components/Status";
import type { ThemeState } from "../graph/theme";
import { type TimelineRange, rangeLabel } from "../topicTimeline/range";
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
  /** The timeline's brushed range, the ids it keeps (null while the dates load), and a way to clear it. */
  readonly range: { readonly range: TimelineRange; readonly kept: ReadonlySet<string> | null; readonly clear: () => void } | null;
}

/** The theme's insights as a list beside the graph: what is shown, the selected one, and more. */
export function ThemeList({ state, topic, part, loading, expanding, onSelect, onExpand, onLoadMore, range }: ThemeListProps) {
  const selected = state.selected ? state.nodes.get(state.selected) : undefined;
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (state.selected) card.current?.scrollIntoView({ block: "nearest" });
  }, [state.selected]);
  const nodes = [...state.nodes.values()];
  const listed = range?.kept ? nodes.filter((node) => range.kept!.has(node.id)) : nodes;

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
      {range ? <RangeLine range={range.range} shown={range.kept ? listed.length : null} of={nodes.length} clear={range.clear} /> : null}

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
        {listed.map((node) => (
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

/** What the timeline's range leaves of the list, and the way back to all of it; an empty result says so. */
function RangeLine({ range, shown, of, clear }: { range: TimelineRange; shown: number | null; of: number; clear: () => void }) {
  return (
    <>
      <p className="shown-part" data-testid="insights-in-range" role="status">
        {shown === null ? `Finding the dates of these insights for ${rangeLabel(range)}…` : `Showing ${shown} of ${countOf(of, "insight")} from ${rangeLabel(range)}`} ·{" "}
        <button type="button" className="link-button" onClick={clear} data-testid="clear-range">
          clear
        </button>
      </p>
      {shown === 0 ? (
        <p className="meta" data-testid="none-in-range">
          None of these insights is dated in {rangeLabel(range)}; clear the range or brush another span of the timeline below.
        </p>
      ) : null}
    </>
  );
}

function ListButton({ id, text, topic, compact = false }: { id: string; text: string; topic: TopicRef; compact?: boolean }) {
  const insight = listable(id, text, [topic]);
  return insight ? <AddToListButton insight={insight} compact={compact} /> : null;
}
