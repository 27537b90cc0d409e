import type { InsightDetail } from "@shared/schemas/entities";
import { Link } from "react-router";
import { ExternalLink } from "../components/ExternalLink";
import { atTime, safeHttpUrl } from "../components/format";
import { Empty } from "../components/Status";
import { TopicLinks } from "../components/TopicLinks";
import { AddToListButton } from "../readingList/AddToListButton";
import { DeleteInsightButton } from "../sources/DeleteInsightButton";

const titleLength = 60;

/** The claim, the quote that supports it, where it came from and what it is about. */
export function InsightDetails({ insight }: { insight: InsightDetail }) {
  const { text, quote, startSec, endSec, topics, source } = insight;
  // A subtitle source also says where the quote ends: "at 1:02–1:10".
  const at = atTime(startSec, endSec);
  const shortText = text.length > titleLength ? `${text.slice(0, titleLength - 1)}…` : text;
  const url = safeHttpUrl(source?.url ?? null);
  // A media fragment opens most players at the quote; the link is only offered with a real url.
  const atUrl = url && startSec !== null ? `${url.split("#")[0]}#t=${Math.floor(startSec)}` : null;
  const timestamp = at ? (
    atUrl ? (
      <a href={atUrl} target="_blank" rel="noopener noreferrer" data-testid="insight-timestamp">
        {at}
        <span className="visually-hidden"> (opens the source at this moment in a new tab)</span>
      </a>
    ) : (
      <span data-testid="insight-timestamp">{at}</span>
    )
  ) : null;

  return (
    <>
      <title>{`${shortText} · Insight graph`}</title>
      <p className="eyebrow">Insight</p>
      <h1 className="claim" data-testid="insight-text">
        {text}
      </h1>
      <div className="insight-actions">
        <AddToListButton insight={{ id: insight.id, text, topics }} />
        <DeleteInsightButton id={insight.id} />
      </div>
      {quote ? (
        <figure className="quote">
          <blockquote data-testid="insight-quote">
            <p>{quote}</p>
          </blockquote>
          {timestamp ? <figcaption>{timestamp}</figcaption> : null}
        </figure>
      ) : null}

      <h2>Source</h2>
      {source ? (
        <p className="source" data-testid="insight-source">
          <Link to={`/sources/${source.id}`}>
            <cite>{source.title}</cite>
          </Link>
          {source.show ? <span className="show"> · {source.show}</span> : null}
          {url ? (
            <span className="source-link">
              {" · "}
              <ExternalLink href={url}>original</ExternalLink>
            </span>
          ) : null}
          {timestamp && !quote ? <span> · {timestamp}</span> : null}
        </p>
      ) : (
        <Empty>The source of this insight wasn't recorded.</Empty>
      )}

      <h2>Topics</h2>
      {topics.length > 0 ? (
        <TopicLinks topics={topics} testId="insight-topics" label="Topics" />
      ) : (
        <Empty>No topics assigned yet.</Empty>
      )}
    </>
  );
}
