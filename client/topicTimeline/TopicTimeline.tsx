import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { GetTopicTimeline } from "@shared/api/topicTimeline";
import type { TopicSlug } from "@shared/ids";
import { request } from "../api/request";
import { countOf } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { useRemote } from "../components/useRemote";
import { takeLastVisit } from "./lastVisit";
import { type TimelineRange, insightsInRange, rangeFromAddress } from "./range";
import { newSince, timelineBuckets } from "./timeline";
import { TimelineBrush } from "./TimelineBrush";

const shown = 12;

/**
 * A topic over time: its insights by the date of their source as bars one can brush to list a span
 * of months (or years), who said it first, and what is new since this browser's last visit.
 */
export function TopicTimeline({ slug }: { slug: TopicSlug }) {
  const remote = useRemote(`timeline:${slug}`, (signal) => request(GetTopicTimeline, { params: { slug }, query: {}, signal }));
  // Read once per page view: a re-render must not move the last visit to now.
  const lastVisit = useMemo(() => takeLastVisit(slug), [slug]);
  // The brushed range lives in the address, so a filtered timeline can be shared and comes back on reload.
  const [search, setSearch] = useSearchParams();
  const { range, problem } = rangeFromAddress(search.get("from"), search.get("to"));
  const brush = (next: TimelineRange | null) =>
    setSearch(
      (current) => {
        const params = new URLSearchParams(current);
        params.delete("from");
        params.delete("to");
        if (next) {
          params.set("from", next.from);
          params.set("to", next.to);
        }
        return params;
      },
      { replace: true },
    );
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
