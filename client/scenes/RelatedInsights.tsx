import { Link } from "react-router";
import type { RelatedInsight } from "@shared/schemas/entities";
import { RemoteContent } from "../components/RemoteContent";
import { Empty } from "../components/Status";
import type { RemoteWithRetry } from "../components/useRemote";

interface RelatedInsightsProps {
  readonly remote: RemoteWithRetry<{ readonly related: readonly RelatedInsight[] }>;
}

/** Where to read next: each related insight with the reason it is related. */
export function RelatedInsights({ remote }: RelatedInsightsProps) {
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related insights</h2>
      <RemoteContent remote={remote} loading="Finding related insights…">
        {({ related }) =>
          related.length === 0 ? (
            <Empty>No related insights yet.</Empty>
          ) : (
            <ol className="related-list" data-testid="related-list">
              {related.map((insight) => (
                <li key={insight.id} data-testid="related-item">
                  <Link to={`/insights/${insight.id}`}>{insight.text}</Link>
                  <p className="reason">{insight.reason}</p>
                </li>
              ))}
            </ol>
          )
        }
      </RemoteContent>
    </section>
  );
}
