import type { ReactNode } from "react";
import { Link } from "react-router";
import { relatedStrength } from "@shared/relatedStrength";
import type { RelatedInsight, TopicRef } from "@shared/schemas/entities";
import { RemoteContent } from "../components/RemoteContent";
import { Empty } from "../components/Status";
import type { RemoteWithRetry } from "../components/useRemote";
import type { TrailStep } from "../graph/trail";
import { AddToListButton } from "../readingList/AddToListButton";

interface RelatedInsightsProps {
  readonly remote: RemoteWithRetry<{ readonly related: readonly RelatedInsight[] }>;
  /** The insight's own topics, to name the shared ones. */
  readonly topics: readonly TopicRef[];
  /** The trail each related link carries on. */
  readonly onward: readonly TrailStep[];
  /** The reader's filters, under the heading. */
  readonly controls?: ReactNode;
  /** Said instead of an empty list when filters hid every related insight. */
  readonly filteredOut?: string | null;
}

/** Where to read next: each related insight, why it is related, and the topics it shares as links. */
export function RelatedInsights({ remote, topics, onward, controls, filteredOut }: RelatedInsightsProps) {
  const names = new Map(topics.map((topic) => [topic.slug as string, topic.name]));
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related insights</h2>
      {controls}
      <RemoteContent remote={remote} loading="Finding related insights…">
        {({ related }) =>
          related.length === 0 ? (
            <Empty>{filteredOut ?? "No closely related insight yet."}</Empty>
          ) : (
            <ol className="related-list" data-testid="related-list">
              {related.map((insight) => {
                const shared = insight.sharedTopics.filter((slug) => names.has(slug));
                return (
                  <li key={insight.id} data-testid="related-item">
                    <div className="item-row">
                      <Link to={`/insights/${insight.id}`} state={{ trail: onward }}>
                        {insight.text}
                      </Link>
                      <AddToListButton insight={{ id: insight.id, text: insight.text, topics: shared.map((slug) => ({ slug, name: names.get(slug) ?? slug })) }} compact />
                    </div>
                    <p className="reason">
                      <span className={`strength strength-${relatedStrength(insight.score)}`} title={`score ${insight.score.toFixed(2)}`}>
                        {relatedStrength(insight.score)} link
                      </span>{" "}
                      <span className="visually-hidden">Why: </span>
                      {insight.reason}
                      {shared.length > 0 ? " · " : null}
                      {shared.map((slug, index) => (
                        <span key={slug}>
                          {index > 0 ? ", " : null}
                          <Link to={`/topics/${slug}`}>{names.get(slug)}</Link>
                        </span>
                      ))}
                    </p>
                  </li>
                );
              })}
            </ol>
          )
        }
      </RemoteContent>
    </section>
  );
}
