import { Link } from "react-router";
import type { InsightSummary } from "@shared/schemas/entities";
import { AddToListButton } from "../readingList/AddToListButton";
import { Empty } from "./Status";

interface InsightListProps {
  readonly insights: readonly InsightSummary[];
  /** The topic whose list this is; its own tag would repeat on every item. */
  readonly topicSlug?: string;
  /** Said when there are none. */
  readonly empty?: string;
}

/** Insights as links to their pages, with the other topics each one is about. */
export function InsightList({ insights, topicSlug, empty = "No insights on this topic yet." }: InsightListProps) {
  if (insights.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ol className="insight-list" data-testid="insight-list">
      {insights.map((insight) => {
        const otherTopics = insight.topics.filter((topic) => topic.slug !== topicSlug);
        return (
          <li key={insight.id} data-testid="insight-item">
            <div className="item-row">
              <Link to={`/insights/${insight.id}`} className="insight-link">
                {insight.text}
              </Link>
              <AddToListButton insight={insight} compact />
            </div>
            {otherTopics.length > 0 ? (
              <p className="insight-topics">
                <span className="visually-hidden">Also about: </span>
                {otherTopics.map((topic) => topic.name).join(" · ")}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
