import { type ReactNode, useEffect } from "react";
import { Link } from "react-router";
import { relatedStrength } from "@shared/relatedStrength";
import type { RelatedInsight, TopicRef } from "@shared/schemas/entities";
import { RemoteContent } from "../components/RemoteContent";
import { Empty } from "../components/Status";
import type { RemoteWithRetry } from "../components/useRemote";
import type { TrailStep } from "../graph/trail";
import { AddToListButton } from "../readingList/AddToListButton";
import { RelationBadge, RelationSummary } from "../relations/RelationSummary";

interface RelatedInsightsProps {
  readonly remote: RemoteWithRetry<{ readonly related: readonly RelatedInsight[]; readonly computing?: boolean | undefined }>;
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
        {({ related, computing }) =>
          related.length === 0 ? (
            computing && !filteredOut ? (
              <Computing retry={remote.retry} />
            ) : (
              <Empty>{filteredOut ?? "No closely related insight yet."}</Empty>
            )
          ) : (
            <>
              <RelationSummary related={related} />
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
                        <RelationBadge insight={insight} />{" "}
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
            </>
          )
        }
      </RemoteContent>
    </section>
  );
}

/** How long a new insight's page waits before asking again for its related list. */
const RECHECK_MS = 3_000;

/** A new insight's list is still being computed (the enrichment queue): say so, and look again shortly. */
function Computing({ retry }: { retry: () => void }) {
  useEffect(() => {
    const timer = setTimeout(retry, RECHECK_MS);
    return () => clearTimeout(timer);
  }, [retry]);
  return (
    <p className="status status-computing" role="status" data-testid="related-computing">
      This insight is new: its related insights are being computed and appear here in a moment.
    </p>
  );
}
