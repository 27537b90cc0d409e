import { Link, useSearchParams } from "react-router";
import type { TopicSlug } from "@shared/ids";
import { fetchTopicInsights } from "../api/calls";
import { countOf } from "../components/format";
import { useRemote } from "../components/useRemote";

const SHOWN = 10;
const ORDERS = { fit: "Best fit", evidence: "Most evidence" } as const;
type Order = keyof typeof ORDERS;

/**
 * A topic's claims with how widely each was said, in the order the reader picks: best fit to the
 * topic, or said in most sources, shows and by most speakers first. The order is in the URL
 * (`?order=evidence`) so the view can be linked.
 */
export function ClaimsByEvidence({ slug }: { slug: TopicSlug }) {
  const [params, setParams] = useSearchParams();
  const order: Order = params.get("order") === "evidence" ? "evidence" : "fit";
  const remote = useRemote(`claims:${slug}:${order}`, (signal) => fetchTopicInsights(slug, order, SHOWN, signal));
  const choose = (next: Order) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === "fit") copy.delete("order");
        else copy.set("order", next);
        return copy;
      },
      { replace: true },
    );
  return (
    <section className="claims-by-evidence" aria-labelledby="claims-by-evidence-heading" data-testid="claims-by-evidence">
      <h2 id="claims-by-evidence-heading">Claims and their evidence</h2>
      <fieldset className="order-choice">
        <legend>Order</legend>
        {(Object.keys(ORDERS) as Order[]).map((value) => (
          <label key={value}>
            <input type="radio" name="claims-order" value={value} checked={order === value} onChange={() => choose(value)} /> {ORDERS[value]}
          </label>
        ))}
      </fieldset>
      {remote.status === "ready" ? (
        <ol className="insight-list" data-testid="claims-by-evidence-list">
          {remote.data.map((insight) => (
            <li key={insight.id} data-testid="claim-with-evidence">
              <Link to={`/insights/${insight.id}`} className="insight-link">
                {insight.text}
              </Link>
              <p className="insight-topics">
                {countOf(insight.evidence.sources, "source")} · {countOf(insight.evidence.shows, "show")} · {countOf(insight.evidence.speakers, "speaker")}
              </p>
            </li>
          ))}
        </ol>
      ) : remote.status === "loading" ? (
        <p className="meta">Loading…</p>
      ) : (
        <p className="meta">Could not load the claims.</p>
      )}
    </section>
  );
}
