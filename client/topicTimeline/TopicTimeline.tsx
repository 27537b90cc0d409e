import { useMemo } from "react";
import { Link } from "react-router";
import type { TopicSlug } from "@shared/ids";
import { countOf } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { takeLastVisit } from "./lastVisit";
import { insightsInRange } from "./range";
import { newSince, timelineBuckets } from "./timeline";
import { TimelineBrush } from "./TimelineBrush";
import type { TopicTimelineState } from "./useTopicTimeline";

const shown = 12;

/**
 * A topic over time: its insights by the date of their source as bars one can brush to list a span
 * of months (or years), who said it first, and what is new since this browser's last visit.
 */
export function TopicTimeline({ slug, timeline }: { slug: TopicSlug; timeline: TopicTimelineState }) {
  const { remote, range, problem, brush } = timeline;
  // Read once per page view: a re-render must not move the last visit to now.
  const lastVisit = useMemo(() => takeLastVisit(slug), [slug]);
  return (
    <section className="topic-timeline" aria-labelledby="timeline-heading" data-testid="topic-timeline">
      <h2 id="timeline-heading">Timeline</h2>
      <RemoteContent remote={remote} loading="Loading the timeline…">
        {({ insights, total }) => {
          if (insights.length === 0) return null;
          const buckets = timelineBuckets(insights);
          const fresh = newSince(insights, lastVisit);
          const first = insights[0]!;
          const list = insightsInRange(insights, range);
          return (
            <>
              <p className="meta" data-testid="first-said">
                First said {first.source ? `in ${first.source.title}${first.source.show ? ` (${first.source.show})` : ""}` : ""}, {first.date}
                {first.dated === "added" ? " (the day it was added; the source has no date)" : ""}:{" "}
                <Link to={`/insights/${first.id}`}>{first.text}</Link>
              </p>
              <p className="meta" data-testid="new-since">
                {lastVisit === null ? "Your first visit here." : `${countOf(fresh.size, "new insight")} since your last visit (${lastVisit.slice(0, 10)}).`}
                {total > insights.length ? ` Showing the oldest ${insights.length} of ${total}.` : ""}
              </p>
              <TimelineBrush buckets={buckets} range={range} onChange={brush} />
              {problem ? (
                <p className="meta" role="status" data-testid="timeline-range-problem">
                  {problem}
                </p>
              ) : null}
              {range && list.length === 0 ? <p className="meta">No insight is dated between {range.from} and {range.to}.</p> : null}
              <ol className="timeline-list" data-testid="timeline-list">
                {(range ? list : list.slice(-shown).reverse()).map((insight) => (
                  <li key={insight.id}>
                    <span className="meta">{insight.date}</span>{" "}
                    {fresh.has(insight.id) ? <span className="timeline-new">new</span> : null} <Link to={`/insights/${insight.id}`}>{insight.text}</Link>
                  </li>
                ))}
              </ol>
              {range ? (
                <button type="button" className="link-button" onClick={() => brush(null)} data-testid="timeline-clear">
                  Show the latest instead of a range
                </button>
              ) : null}
            </>
          );
        }}
      </RemoteContent>
    </section>
  );
}
