import { GetTopicTimeline, timelineLimits } from "@shared/api/topicTimeline";
import type { TopicSlug } from "@shared/ids";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { request } from "../api/request";
import { useRemote } from "../components/useRemote";
import { type TimelineRange, rangeFromAddress } from "./range";

/**
 * A topic page's timeline and its brushed range, shared by the timeline and the theme's insight
 * list, which it filters. Fetched once, as many as the API gives, so the list's insights have
 * dates. The range lives in the address, so a filtered page can be shared and comes back on reload.
 */
export function useTopicTimeline(slug: TopicSlug) {
  const remote = useRemote(`timeline:${slug}`, (signal) => request(GetTopicTimeline, { params: { slug }, query: { limit: timelineLimits.max }, signal }));
  const [search, setSearch] = useSearchParams();
  const from = search.get("from");
  const to = search.get("to");
  const { range, problem } = useMemo(() => rangeFromAddress(from, to), [from, to]);
  const dates = useMemo(
    () => (remote.status === "ready" ? new Map(remote.data.insights.map((insight) => [insight.id as string, insight.date])) : null),
    [remote],
  );
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
  return { remote, range, problem, dates, brush };
}

export type TopicTimelineState = ReturnType<typeof useTopicTimeline>;
