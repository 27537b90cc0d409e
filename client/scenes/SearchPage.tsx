import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { searchEverything } from "../api/calls";
import { countOf } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { Empty, Problem } from "../components/Status";
import { useRemote } from "../components/useRemote";
import { AddToListButton } from "../readingList/AddToListButton";
import { Highlighted } from "../search/Highlighted";

const pageSize = 20;

type Answer = Awaited<ReturnType<typeof searchEverything>>;

/** `/search?q=`: every matching topic and insight, matches marked, more on request. */
export function SearchPage() {
  const [search] = useSearchParams();
  const q = (search.get("q") ?? "").trim();
  const remote = useRemote(`search:${q}`, (signal) => (q ? searchEverything(q, pageSize, 0, signal) : Promise.resolve(null)));
  return (
    <article className="page">
      <title>{q ? `“${q}” · Search · Insight graph` : "Search · Insight graph"}</title>
      <p className="eyebrow">Search</p>
      <h1 data-testid="search-heading">{q ? `“${q}”` : "Search"}</h1>
      {q ? (
        <RemoteContent remote={remote} loading="Searching…">
          {(answer) => (answer ? <Results key={q} q={q} first={answer} /> : null)}
        </RemoteContent>
      ) : (
        <Empty>Type in the search box above (press / to get there).</Empty>
      )}
    </article>
  );
}

function Results({ q, first }: { q: string; first: Answer }) {
  const [insights, setInsights] = useState(first.insights);
  const [more, setMore] = useState<{ status: "idle" | "loading" } | { status: "failed"; error: unknown }>({ status: "idle" });
  const [exhausted, setExhausted] = useState(first.insights.length < pageSize);
  useEffect(() => setInsights(first.insights), [first]);

  const loadMore = () => {
    setMore({ status: "loading" });
    searchEverything(q, pageSize, insights.length).then(
      (answer) => {
        setInsights((current) => [...current, ...answer.insights]);
        setExhausted(answer.insights.length < pageSize);
        setMore({ status: "idle" });
      },
      (error: unknown) => setMore({ status: "failed", error }),
    );
  };

  if (first.topics.length === 0 && insights.length === 0) return <Empty>Nothing matches “{q}”. Try fewer or other words.</Empty>;
  return (
    <>
      {first.topics.length > 0 ? (
        <>
          <h2>Topics</h2>
          <ul className="topic-links" data-testid="search-topics">
            {first.topics.map((topic) => (
              <li key={topic.slug}>
                <Link to={`/topics/${topic.slug}`}>
                  <Highlighted text={topic.name} highlights={topic.highlights} /> <span className="count">{topic.insightCount}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Insights</h2>
      <p className="meta" aria-live="polite">
        {exhausted ? countOf(insights.length, "insight") : `Showing the first ${insights.length} insights`}
      </p>
      <ol className="insight-list" data-testid="search-insights">
        {insights.map((hit) => (
          <li key={hit.id} data-testid="search-insight">
            <div className="item-row">
              <Link to={`/insights/${hit.id}`} className="insight-link">
                <Highlighted text={hit.text} highlights={hit.highlights} />
              </Link>
              <AddToListButton insight={{ id: hit.id, text: hit.text, topics: hit.topics }} compact />
            </div>
            {hit.topics.length > 0 ? <p className="insight-topics">{hit.topics.map((topic) => topic.name).join(" · ")}</p> : null}
          </li>
        ))}
      </ol>
      {!exhausted ? (
        <button type="button" onClick={loadMore} disabled={more.status === "loading"}>
          {more.status === "loading" ? "Loading…" : `Show ${pageSize} more`}
        </button>
      ) : null}
      {more.status === "failed" ? <Problem error={more.error} retry={loadMore} /> : null}
    </>
  );
}
