import { Link } from "react-router";
import type { TopicRef } from "@shared/schemas/entities";

interface TopicLinksProps {
  readonly topics: readonly TopicRef[];
  readonly testId: string;
  /** Read out before the list, e.g. "Topics". */
  readonly label: string;
}

/** Topics as tag-like links to their pages. */
export function TopicLinks({ topics, testId, label }: TopicLinksProps) {
  return (
    <ul className="topic-links" aria-label={label} data-testid={testId}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link to={`/topics/${topic.slug}`}>{topic.name}</Link>
        </li>
      ))}
    </ul>
  );
}
