import { Link, useParams } from "react-router";
import { TopicSlug } from "@shared/ids";
import { fetchTopic } from "../api/calls";
import { countOf } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { TopicLinks } from "../components/TopicLinks";
import { useRemote } from "../components/useRemote";
import { ClaimsByEvidence } from "../speakers/ClaimsByEvidence";
import { Cruxes } from "../speakers/Cruxes";
import { NotFound } from "./NotFound";
import { ReadingListFollow } from "./ReadingListFollow";
import { ThemeView } from "./ThemeView";
import { TopicTimeline } from "../topicTimeline/TopicTimeline";
import { useTopicTimeline } from "../topicTimeline/useTopicTimeline";
import { TopicCuration } from "./TopicCuration";

/** `/topics/:slug`: a theme's insights as a graph beside a list, and the topics next to it. */
export function TopicPage() {
  const slug = TopicSlug.safeParse(useParams().slug);
  if (!slug.success) return <NotFound message="That address doesn't name a topic." />;
  return <TopicContent slug={slug.data} />;
}

function TopicContent({ slug }: { slug: TopicSlug }) {
  const remote = useRemote(slug, (signal) => fetchTopic(slug, signal));
  // One timeline for the page: its brushed range filters the theme's insight list too.
  const timeline = useTopicTimeline(slug);
  return (
    <article className="theme-page">
      <RemoteContent remote={remote} loading="Loading the topic…" missing="This topic">
        {({ topic, insights, neighbours }) => (
          <>
            <title>{`${topic.name} · Insight graph`}</title>
            <header className="theme-header">
              <p className="eyebrow">Topic</p>
              <h1 data-testid="topic-name">{topic.name}</h1>
              <p className="meta">
                {countOf(topic.insightCount, "insight")} · <Link to={`/?topic=${topic.slug}`}>Show on the topic map</Link>
              </p>
              <p className="meta" data-testid="topic-actions">
                <Link to={`/reading-list?topics=${topic.slug}`}>Reading list from this topic</Link>{" "}
                <ReadingListFollow slug={topic.slug} name={topic.name} />
              </p>
              <TopicCuration slug={topic.slug} name={topic.name} insights={insights} />
              {neighbours.length > 0 ? (
                <div className="theme-neighbours">
                  <h2 id="neighbours-heading">Often discussed with</h2>
                  <TopicLinks topics={neighbours} testId="neighbour-topics" label="Often discussed with" />
                </div>
              ) : null}
            </header>
            <Cruxes slug={topic.slug} />
            <ClaimsByEvidence slug={topic.slug} />
            <ThemeView key={topic.slug} slug={topic.slug} name={topic.name} total={topic.insightCount} timeline={timeline} />
            <TopicTimeline key={`timeline-${topic.slug}`} slug={topic.slug} timeline={timeline} />
          </>
        )}
      </RemoteContent>
    </article>
  );
}
