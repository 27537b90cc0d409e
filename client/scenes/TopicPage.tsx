import { Link, useParams } from "react-router";
import { TopicSlug } from "@shared/ids";
import { fetchTopic } from "../api/calls";
import { countOf } from "../components/format";
import { InsightList } from "../components/InsightList";
import { RemoteContent } from "../components/RemoteContent";
import { TopicLinks } from "../components/TopicLinks";
import { useRemote } from "../components/useRemote";
import { NotFound } from "./NotFound";

/** `/topics/:slug`: a topic's insights as a page of its own, for reading and linking. */
export function TopicPage() {
  const slug = TopicSlug.safeParse(useParams().slug);
  if (!slug.success) return <NotFound message="That address doesn't name a topic." />;
  return <TopicContent slug={slug.data} />;
}

function TopicContent({ slug }: { slug: TopicSlug }) {
  const remote = useRemote(slug, (signal) => fetchTopic(slug, signal));
  return (
    <article className="page">
      <RemoteContent remote={remote} loading="Loading the topic…" missing="This topic">
        {({ topic, insights, neighbours }) => (
          <>
            <title>{`${topic.name} · Insight graph`}</title>
            <p className="eyebrow">Topic</p>
            <h1 data-testid="topic-name">{topic.name}</h1>
            <p className="meta">
              {insights.length < topic.insightCount
                ? `Showing ${insights.length} of ${countOf(topic.insightCount, "insight")}`
                : countOf(topic.insightCount, "insight")}{" "}
              · <Link to={`/?topic=${topic.slug}`}>Show on the topic map</Link>
            </p>
            <h2>Insights</h2>
            <InsightList insights={insights} topicSlug={topic.slug} />
            {neighbours.length > 0 ? (
              <>
                <h2 id="neighbours-heading">Often discussed with</h2>
                <TopicLinks topics={neighbours} testId="neighbour-topics" label="Often discussed with" />
              </>
            ) : null}
          </>
        )}
      </RemoteContent>
    </article>
  );
}
