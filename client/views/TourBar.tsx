import { useEffect, useEffectEvent } from "react";
import { Link } from "react-router";
import { countOf } from "../components/format";
import { Loading, Problem } from "../components/Status";
import type { Tour } from "./useTour";

/** Keys typed into a field, or steering the graph, are not the tour's. */
function isTourKey(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return false;
  const target = event.target instanceof HTMLElement ? event.target : null;
  return !target?.closest("input, textarea, select, [contenteditable], [aria-roledescription=graph]");
}

/**
 * A reading list played on the map: one section per step, its topics pinned and framed there,
 * with previous and next (and the left and right arrow keys).
 */
export function TourBar({ tour, offMap }: { tour: Tour; offMap: number }) {
  const { steps, step, current } = tour;
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!isTourKey(event) || steps.length === 0) return;
    event.preventDefault();
    tour.goTo(step + (event.key === "ArrowRight" ? 1 : -1));
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const body = () => {
    if (tour.problem) return <p className="meta">{tour.problem}</p>;
    if (tour.remote.status === "loading") return <Loading label="Loading the tour's reading list…" />;
    if (tour.remote.status === "failed") return <Problem error={tour.remote.error} missing="This reading list" retry={tour.remote.retry} />;
    if (!current) return <p className="meta">This reading list has no section with topics to show on the map.</p>;
    return (
      <>
        <h2 className="tour-step" aria-live="polite" data-testid="tour-step">
          {step} of {steps.length}: {current.title}
        </h2>
        <p className="meta">
          {current.topics.map((topic, index) => (
            <span key={topic.slug}>
              {index > 0 ? ", " : ""}
              <Link to={`/topics/${topic.slug}`}>{topic.name}</Link>
            </span>
          ))}
          {offMap > 0 ? ` · ${countOf(offMap, "topic")} of this section not on the map (it shows the largest topics)` : ""}
        </p>
        <ol className="tour-insights">
          {current.insights.slice(0, 3).map((insight) => (
            <li key={insight.id}>
              <Link to={`/insights/${insight.id}`}>{insight.text}</Link>
            </li>
          ))}
        </ol>
        <div className="tour-controls">
          <button type="button" onClick={() => tour.goTo(step - 1)} disabled={step <= 1} data-testid="tour-previous">
            ← Previous
          </button>
          <button type="button" onClick={() => tour.goTo(step + 1)} disabled={step >= steps.length} data-testid="tour-next">
            Next →
          </button>
          <span className="hint">The left and right arrow keys move through the tour too.</span>
        </div>
      </>
    );
  };

  return (
    <section className="tour-bar" aria-label="Tour" data-testid="tour">
      <div className="tour-heading">
        <p className="eyebrow">Tour{tour.title ? ` · ${tour.title}` : ""}</p>
        <button type="button" className="compact" onClick={tour.end} data-testid="tour-end">
          End the tour
        </button>
      </div>
      {body()}
    </section>
  );
}
