import { useMemo, useState } from "react";
import { Link } from "react-router";
import { GetTopicTimeline } from "@shared/api/topicTimeline";
import type { TopicSlug } from "@shared/ids";
import { request } from "../api/request";
import { countOf } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { useRemote } from "../components/useRemote";
import { takeLastVisit } from "./lastVisit";
import { insightsIn, newSince, timelineBuckets } from "./timeline";

const shown = 12;

/**
 * A topic over time: its insights by the date of their source as bars one can pick (a month or a
 * year), who said it first, and what is new since this browser's last visit.
 */
export function TopicTimeline({ slug }: { slug: TopicSlug }) {
  const remote = useRemote(`timeline:${slug}`, (signal) => request(GetTopicTimeline, { params: { slug }, query: {}, signal }));
  // Read once per page view: a re-render must not move the last visit to now.
  const lastVisit = useMemo(() => takeLastVisit(slug), [slug]);
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <section className="topic-timeline" aria-labelledby="timeline-heading" data-testid="topic-timeline">
      <h2 id="timeline-heading">Timeline</h2>
      <RemoteContent remote={remote} loading="Loading the timeline…">
        {({ insights, total }) => {
          if (insights.length === 0) return null;
          const buckets = timelineBuckets(insights);
          const tallest = Math.max(...buckets.map((bucket) => bucket.count));
          const fresh = newSince(insights, lastVisit);
          const first = insights[0]!;
          const list = insightsIn(insights, picked);
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
              <div className="timeline-bars" role="group" aria-label="Insights per period; pick one to list its insights">
                {buckets.map((bucket) => (
                  <button
                    key={bucket.key}
                    type="button"
                    className="timeline-bar"
                    aria-pressed={picked === bucket.key}
                    disabled={bucket.count === 0}
                    title={`${bucket.key}: ${countOf(bucket.count, "insight")}`}
                    onClick={() => setPicked(picked === bucket.key ? null : bucket.key)}
                  >
                    <span className="timeline-bar-fill" style={{ height: `${Math.max(4, (bucket.count / tallest) * 100)}%` }} />
                    <span className="visually-hidden">{`${bucket.key}: ${countOf(bucket.count, "insight")}`}</span>
                  </button>
                ))}
              </div>
              <p className="timeline-axis meta" aria-hidden="true">
                <span>{buckets[0]!.key}</span>
                <span>{buckets.at(-1)!.key}</span>
              </p>
              <ol className="timeline-list" data-testid="timeline-list">
                {(picked ? list : list.slice(-shown).reverse()).map((insight) => (
                  <li key={insight.id}>
                    <span className="meta">{insight.date}</span>{" "}
                    {fresh.has(insight.id) ? <span className="timeline-new">new</span> : null} <Link to={`/insights/${insight.id}`}>{insight.text}</Link>
                  </li>
                ))}
              </ol>
              {picked ? (
                <button type="button" className="link-button" onClick={() => setPicked(null)}>
                  Show the latest instead
                </button>
              ) : null}
            </>
          );
        }}
      </RemoteContent>
    </section>
  );
}
