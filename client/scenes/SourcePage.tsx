import type { SourceInsight, SourcePage as SourcePageData } from "@shared/api";
import { SourceId } from "@shared/ids";
import { type ReactNode, useState } from "react";
import { Link, useParams } from "react-router";
import { fetchSource } from "../api/sources";
import { ExternalLink } from "../components/ExternalLink";
import { atTime, countOf, safeHttpUrl } from "../components/format";
import { RemoteContent } from "../components/RemoteContent";
import { Empty, Problem } from "../components/Status";
import { useRemote } from "../components/useRemote";
import { SourceActions } from "../sources/SourceActions";
import { useReingests } from "../sources/useReingests";
import { SpeakerLinks } from "../speakers/SpeakerLinks";
import { NotFound } from "./NotFound";

/** `/sources/:id`: one source inside the app: what it is, who speaks in it, its claims in order, and its actions. */
export function SourcePage() {
  const id = SourceId.safeParse(useParams().id);
  if (!id.success) return <NotFound message="That address doesn't name a source." />;
  return <SourceContent id={id.data} />;
}

function SourceContent({ id }: { id: SourceId }) {
  const [version, setVersion] = useState(0);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const remote = useRemote(`source:${id}:${version}`, (signal) => fetchSource(id, signal));
  const { reingests, reingest } = useReingests(() => setVersion((n) => n + 1));

  return (
    <article className="page source-page">
      <p className="back-link">
        <Link to="/sources">← All sources</Link>
      </p>
      {deleted ? (
        // The source no longer exists: say so in place of it.
        <p role="status" className="outcome" data-testid="source-deleted">
          {deleted}
        </p>
      ) : (
        <RemoteContent remote={remote} loading="Loading the source…" missing="This source">
          {(page) => (
            <>
              <title>{`${page.source.title} · Insight graph`}</title>
              <SourceActions
                source={page.source}
                reingest={reingests.get(id)}
                onReingest={() => reingest(id)}
                onDeleted={setDeleted}
                onFailed={setFailed}
              >
                {(buttons) => <SourceHeader page={page} actions={buttons} />}
              </SourceActions>
              {failed ? <Problem error={failed} /> : null}
              <h2>{countOf(page.insights.length, "insight")}, in the order said</h2>
              {page.insights.length === 0 ? (
                <Empty>Nothing in this source was read as a claim.</Empty>
              ) : (
                <ol className="insight-list" data-testid="source-insights">
                  {page.insights.map((insight) => (
                    <SourceInsightItem key={insight.id} insight={insight} />
                  ))}
                </ol>
              )}
            </>
          )}
        </RemoteContent>
      )}
    </article>
  );
}

function SourceHeader({ page, actions }: { page: SourcePageData; actions: ReactNode }) {
  const { source, format, speakers } = page;
  const href = safeHttpUrl(source.url);
  const facts: [string, string | null][] = [
    ["Show", source.show],
    ["Kind", source.kind.replace("-", " ")],
    ["Published", source.publishedAt?.slice(0, 10) ?? null],
    ["Ingested", source.ingestedAt?.slice(0, 10) ?? null],
    ["Read as", format],
    ["Status", source.sample ? `${source.status}, sample` : source.status],
  ];
  return (
    <header className="source-header">
      <p className="eyebrow">Source</p>
      <h1 data-testid="source-title">{source.title}</h1>
      <dl className="source-meta" data-testid="source-meta">
        {facts
          .filter((fact): fact is [string, string] => fact[1] !== null)
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {speakers.length > 0 ? (
          <div>
            <dt>Speakers</dt>
            <dd data-testid="source-speakers">
              <SpeakerLinks speakers={speakers} />
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="source-header-actions">
        {href ? (
          <ExternalLink href={href} testId="source-original">
            Open the original
          </ExternalLink>
        ) : null}
        {actions}
      </div>
    </header>
  );
}

function SourceInsightItem({ insight }: { insight: SourceInsight }) {
  const at = atTime(insight.startSec, insight.endSec);
  return (
    <li data-testid="source-insight">
      <Link to={`/insights/${insight.id}`}>{insight.text}</Link>
      <p className="reason">
        {at ? <span data-testid="source-insight-time">{at}</span> : null}
        {at && insight.speaker ? " · " : null}
        {insight.speaker ? <SpeakerLinks speakers={[insight.speaker]} /> : null}
        {(at || insight.speaker) && insight.topics.length > 0 ? " · " : null}
        {insight.topics.map((topic) => topic.name).join(", ")}
      </p>
    </li>
  );
}
